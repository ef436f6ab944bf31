<?php
// Router for `php -S`: files that exist are served as they are (PHP scripts run, the rest is sent
// verbatim); every other path goes to WordPress's front controller, like the rewrite rules in
// Debian's Apache/nginx examples. That makes pretty permalinks and /wp-json/ work.
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');

// The core files in the document root are symlinks into /usr/share/wordpress, and PHP resolves
// symlinks in __DIR__, so wp-load.php would take that directory as ABSPATH and load Debian's
// wp-config.php (which wants /etc/wordpress/config-<host>.php). Defining ABSPATH first makes it
// load ours. Scripts the server runs after `return false` see this constant too.
define('ABSPATH', $root . '/');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_contains($path, '/../')) {
    http_response_code(400);
    return true;
}
$file = $root . $path;
if ($path !== '/' && (is_file($file) || is_file(rtrim($file, '/') . '/index.php'))) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
