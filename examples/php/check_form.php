<?php
/*
 * Validate a mailbox request form: address + mailbox type + RPPS.
 *
 *   php -d extension=build/bindings/php/mssconf.so examples/php/check_form.php \
 *       jean.dupont@pro.oc.mssante.fr PER 10000005479
 *
 * Prints each problem in French and exits 1 when the form must be refused.
 */
declare(strict_types=1);

require __DIR__ . '/../../bindings/php/mssconf.php';

use MssConf\Address;
use MssConf\Id;
use MssConf\ValidationException;

[, $address, $type, $rpps] = array_pad($argv, 4, '');
$refused = false;

try {
    $result = Address::check($address, $type);
    echo "adresse : {$result->address} (domaine {$result->domainClass})\n";
    foreach ($result->warnings as $warning) {
        echo "  avertissement : {$warning->messageFr}\n";
    }
} catch (ValidationException $e) {
    echo "adresse refusée : {$e->getMessageFr()} (position {$e->getOffset()})\n";
    $refused = true;
}

if (in_array(strtoupper($type), ['PER', 'CAB'], true) || $rpps !== '') {
    try {
        echo 'RPPS : ' . Id::validate('rpps', $rpps) . "\n";
    } catch (ValidationException $e) {
        echo "RPPS refusé : {$e->getMessageFr()}\n";
        $refused = true;
    }
}
exit($refused ? 1 : 0);
