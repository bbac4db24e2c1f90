<?php
/*
 * Bulk-check a CSV of mailboxes: columns type, address, rpps (header line).
 *
 *   php -d extension=build/bindings/php/mssconf.so examples/php/check_csv.php boxes.csv
 *
 * One line per refused row, then a summary; exits 1 when a row is refused.
 */
declare(strict_types=1);

require __DIR__ . '/../../bindings/php/mssconf.php';

use MssConf\Address;
use MssConf\Id;
use MssConf\ValidationException;

$path = $argv[1] ?? null;
$in = $path !== null ? fopen($path, 'r') : false;
if ($in === false) {
    fwrite(STDERR, "usage: check_csv.php FILE.csv\n");
    exit(2);
}
$header = fgetcsv($in);
$rows = $refused = 0;
for ($line = 2; ($fields = fgetcsv($in)) !== false; $line++) {
    $row = array_combine($header, array_pad($fields, count($header), ''));
    $rows++;
    try {
        Address::check($row['address'] ?? '', $row['type'] ?? '');
        if (($row['rpps'] ?? '') !== '') {
            Id::validate('rpps', $row['rpps']);
        }
    } catch (ValidationException $e) {
        $refused++;
        echo "$path:$line: {$e->getName()}: {$e->getMessage()}\n";
    }
}
echo "$rows rows, $refused refused\n";
exit($refused > 0 ? 1 : 0);
