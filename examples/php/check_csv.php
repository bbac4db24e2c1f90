<?php
/*
 * Bulk-check an account load file (CSV, see docs/account-file.md).
 *
 *   MSSCONF_WHITELIST=examples/data/whitelist-sample.txt \
 *   php -d extension=build/bindings/php/mssconf.so examples/php/check_csv.php \
 *       examples/data/accounts-sample.csv
 *
 * One line per problem (line, field, code, message; warnings marked as
 * such), then a summary; exits 1 when a row is refused. The columns are the
 * account file's (type;adresse;nom;prenom;...), separated by ';' or ','.
 */
declare(strict_types=1);

require __DIR__ . '/../../bindings/php/mssconf.php';

use MssConf\Record;
use MssConf\Whitelist;

$path = $argv[1] ?? null;
$in = $path !== null ? @fopen($path, 'r') : false;
if ($in === false) {
    fwrite(STDERR, "usage: check_csv.php FILE.csv\n");
    exit(2);
}
$whitelist = Whitelist::default();
$headerLine = (string)fgets($in);
$separator = substr_count($headerLine, ';') >= substr_count($headerLine, ',') ? ';' : ',';
$header = str_getcsv(preg_replace('/^\xEF\xBB\xBF/', '', rtrim($headerLine, "\r\n")), $separator);
$rows = $refused = $warned = 0;
for ($line = 2; ($fields = fgetcsv($in, null, $separator)) !== false; $line++) {
    if ($fields === [null]) {
        continue; // a blank line
    }
    $rows++;
    $problems = Record::check(array_combine($header, array_pad($fields, count($header), '')), $whitelist);
    $isRefused = $hasWarning = false;
    foreach ($problems as $p) {
        $isRefused = $isRefused || !$p->isWarning();
        $hasWarning = $hasWarning || $p->isWarning();
        $kind = $p->isWarning() ? 'warning: ' : '';
        echo "$path:$line: " . ($p->field ?: '-') . ": $kind{$p->name}: {$p->message}\n";
    }
    $refused += $isRefused ? 1 : 0;
    $warned += $hasWarning ? 1 : 0;
}
echo "$rows rows, $refused refused, $warned with warnings\n";
exit($refused > 0 ? 1 : 0);
