<?php
declare(strict_types=1);

require_once __DIR__ . '/../mssconf.php';

/** The ../shared reference tree (MSS_SHARED_DIR), or null when absent. */
function mssconf_test_shared_path(string $relative): ?string
{
    $dir = getenv('MSS_SHARED_DIR');
    if ($dir === false || !is_dir($dir)) {
        return null;
    }
    $path = $dir . '/' . $relative;
    return file_exists($path) ? $path : null;
}
