<?php
/*
 * Validate a mailbox request form: address + mailbox type + RPPS (+ names).
 *
 *   php -d extension=build/bindings/php/mssconf.so examples/php/check_form.php \
 *       jean.dupont@pro.oc.mssante.fr PER 10000005479 [Dupont Jean]
 *
 * The whitelist is $MSSCONF_WHITELIST (XML or text) when set, else only the
 * generic Occitanie domains are known. Prints each problem in French and
 * exits 1 when the form must be refused; with the names, also shows the
 * address the guide's convention gives (nom.prenom@domaine).
 */
declare(strict_types=1);

require __DIR__ . '/../../bindings/php/mssconf.php';

use MssConf\Address;
use MssConf\Id;
use MssConf\ValidationException;
use MssConf\Whitelist;

[, $address, $type, $rpps, $lastName, $firstName] = array_pad($argv, 6, '');
$whitelist = Whitelist::default();
$refused = false;

try {
    $result = Address::check($address, $type, $whitelist);
    echo "adresse : {$result->address} (domaine {$result->domainClass})\n";
    foreach ($result->warnings as $warning) {
        echo "  avertissement : {$warning->messageFr}\n";
    }
} catch (ValidationException $e) {
    echo "adresse refusée : {$e->getMessageFr()} (position {$e->getOffset()})\n";
    $refused = true;
}

if ($lastName !== '') {
    $domain = substr((string)strrchr($address, '@'), 1);
    try {
        echo 'adresse conseillée : ' . Address::suggest($lastName, $firstName ?: null, $domain, $type, 0, $whitelist) . "\n";
    } catch (ValidationException $e) {
        echo "pas d'adresse conseillée : {$e->getMessageFr()}\n";
    }
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
