<?php
// Installs the throwaway site without a browser and prints the credentials the tests need, one
// KEY=value per line. Run with the CLI, after wp-config.php and the database exist:
//   php install.php DOCROOT URL ADMIN_PASSWORD CONTRIBUTOR_PASSWORD
if (PHP_SAPI !== 'cli' || $argc !== 5) {
    fwrite(STDERR, "usage: php install.php DOCROOT URL ADMIN_PASSWORD CONTRIBUTOR_PASSWORD\n");
    exit(2);
}
[, $docroot, $url, $adminPassword, $contributorPassword] = $argv;
// As in router.php: our document root, not the symlinks' target, is the WordPress root.
define('ABSPATH', rtrim($docroot, '/') . '/');

$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = (string) $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

function fail(string $what, $error): void
{
    $detail = is_wp_error($error) ? $error->get_error_message() : var_export($error, true);
    fwrite(STDERR, "install: $what: $detail\n");
    exit(1);
}

if (is_blog_installed()) {
    fail('site already installed', 'the database is not empty');
}
$result = wp_install('ToaSoan test', 'admin', 'admin@example.test', true, '', $adminPassword);
if (empty($result['user_id'])) {
    fail('wp_install', $result);
}
$adminId = (int) $result['user_id'];

global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);

// What the press office's real site uses: Vietnamese, Vietnam's time zone, day-first dates.
update_option('WPLANG', 'vi');
update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('gmt_offset', '');
update_option('date_format', 'd/m/Y');
update_option('time_format', 'H:i');
update_option('start_of_week', 1);
update_option('blogdescription', 'Trang thử nghiệm của Tòa soạn');

// A contributor may write drafts but neither publish nor upload: the tests use it for the
// "not allowed" paths.
$contributorId = wp_insert_user([
    'user_login' => 'contributor',
    'user_pass' => $contributorPassword,
    'user_email' => 'contributor@example.test',
    'display_name' => 'Phóng viên Thử',
    'role' => 'contributor',
]);
if (is_wp_error($contributorId)) {
    fail('contributor user', $contributorId);
}

$created = [];
foreach (['ADMIN' => $adminId, 'CONTRIBUTOR' => $contributorId] as $who => $id) {
    $app = WP_Application_Passwords::create_new_application_password($id, ['name' => 'toasoan-tests']);
    if (is_wp_error($app)) {
        fail("application password for $who", $app);
    }
    $created[$who] = $app[0];
}

echo 'ADMIN_APP_PASSWORD=', $created['ADMIN'], "\n";
echo 'CONTRIBUTOR_APP_PASSWORD=', $created['CONTRIBUTOR'], "\n";
