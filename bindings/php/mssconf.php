<?php
/*
 * The MssConf PHP layer over the mssconf extension. Load the extension
 * (php -d extension=mssconf) and require this file.
 */
declare(strict_types=1);

if (!extension_loaded('mssconf')) {
    throw new \RuntimeException('the mssconf extension is not loaded (php -d extension=mssconf)');
}

require_once __DIR__ . '/MssConf/Exceptions.php';
require_once __DIR__ . '/MssConf/Issue.php';
require_once __DIR__ . '/MssConf/Id.php';
require_once __DIR__ . '/MssConf/Domain.php';
require_once __DIR__ . '/MssConf/Whitelist.php';
require_once __DIR__ . '/MssConf/Address.php';
require_once __DIR__ . '/MssConf/Record.php';
require_once __DIR__ . '/MssConf/EnrolRules.php';
require_once __DIR__ . '/MssConf/Inactivity.php';
require_once __DIR__ . '/MssConf/Account.php';
