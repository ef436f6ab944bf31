<?php
/**
 * Plugin Name: ToaSoan test server tweaks
 * Description: Installed by scripts/test-servers/wordpress.sh into its throwaway site only.
 */

// The test machine has no mail transport; pretend delivery worked instead of failing slowly.
add_filter('pre_wp_mail', static fn() => true);

