<?php
declare(strict_types=1);

use MssConf\Address;
use MssConf\Domain;
use MssConf\InvalidAddressException;
use MssConf\InvalidDomainException;
use MssConf\UsageException;
use MssConf\ValidationException;
use MssConf\Whitelist;
use PHPUnit\Framework\TestCase;

final class AddressTest extends TestCase
{
    public function testResultHasEveryPart(): void
    {
        $r = Address::check('Jean.Dupont@Hôpital-Exemple.fr', 'INT');
        $this->assertSame('jean.dupont@xn--hpital-exemple-0ob.fr', $r->address);
        $this->assertSame('jean.dupont', $r->local);
        $this->assertSame('xn--hpital-exemple-0ob.fr', $r->domain);
        $this->assertSame('hôpital-exemple.fr', $r->domainUnicode);
        $this->assertSame('outside', $r->domainClass);
        $this->assertSame('INT', $r->type);
        $this->assertSame([], $r->warnings);
    }

    public function testErrorsSayWhere(): void
    {
        try {
            Address::check('dupont..jean@pro.oc.mssante.fr', 'PER');
            $this->fail('no exception');
        } catch (InvalidAddressException $e) {
            $this->assertSame('MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS', $e->getName());
            $this->assertSame(7, $e->getOffset());
            $this->assertSame('deux points consécutifs dans la partie locale', $e->getMessageFr());
        }
        try {
            Address::check('dupont.jean@gmail.com', 'PER');
            $this->fail('no exception');
        } catch (InvalidDomainException $e) {
            $this->assertSame(MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, $e->getCode());
            $this->assertSame(12, $e->getOffset());
        }
    }

    public function testTypes(): void
    {
        $this->assertSame(MSS_BAL_ORG, Address::type('org'));
        $this->assertSame(MSS_BAL_PER, Address::type('Personnelle'));
        $this->expectException(InvalidAddressException::class);
        Address::type('PRS');
    }

    public function testTypeOutOfRange(): void
    {
        $this->expectException(UsageException::class);
        Address::type(6);
    }

    public function testWhitelistAndConventions(): void
    {
        $wl = Whitelist::fromDomains(['ch-albi.mssante.fr']);
        $this->assertSame('whitelisted', Address::check('dupont.jean@ch-albi.mssante.fr', 'PER', $wl)->domainClass);
        $this->assertFalse(Address::isValid('dupont.jean@autre.mssante.fr', 'PER', $wl));
        $r = Address::check('dupont.jean@autre.mssante.fr', 'PER');
        $this->assertSame(['MSS_WARN_DOMAIN_UNVERIFIED'], array_map(fn ($w) => $w->name, $r->warnings));
        $r = Address::check('secretariat@pro.oc.mssante.fr', 'PER');
        $this->assertContains('MSS_WARN_ADDRESS_ROLE_ON_PERSONAL', array_map(fn ($w) => $w->name, $r->warnings));
    }

    public function testIsValidNeverThrows(): void
    {
        foreach ([null, 3, [], "a\0@b.fr", '', str_repeat('a', 100000)] as $junk) {
            $this->assertFalse(Address::isValid($junk, 'INT'));
        }
        $this->assertFalse(Address::isValid('x@y.fr', 'nope'));
        $this->assertTrue(Address::isValid('x@y.fr', 'INT'));
    }

    public function testSharedAddressVectors(): void
    {
        $path = mssconf_test_shared_path('testdata/addresses.tsv');
        $full = mssconf_test_shared_path('data/listeblanchemssante-2025-03-13.xml');
        if ($path === null || $full === null) {
            $this->markTestSkipped('../shared absent');
        }
        $wl = Whitelist::fromFile($full);
        $seen = 0;
        foreach (file($path, FILE_IGNORE_NEW_LINES) as $line) {
            if ($line === '' || $line[0] === '#') {
                continue;
            }
            [$type, $address, $whitelist, $expected, $note] = explode("\t", $line);
            try {
                $r = Address::check($address, $type, $whitelist === 'full' ? $wl : null);
                $outcome = $r->warnings ? 'warning' : 'ok';
            } catch (ValidationException) {
                $outcome = 'error';
            }
            $this->assertSame($expected, $outcome, "$type $address: $note");
            $seen++;
        }
        $this->assertGreaterThanOrEqual(25, $seen);
    }

    /** @return list<array{string, ?string, string, string, int, string}> */
    public static function suggestions(): array
    {
        return [
            ['Le Gall', 'Élodie', 'pro.oc.mssante.fr', 'PER', 0, 'le-gall.elodie@pro.oc.mssante.fr'],
            ['MÜLLER', 'Anna', 'pro.oc.mssante.fr', 'MED', 0, 'muller.anna@pro.oc.mssante.fr'],
            ["N'Diaye", 'Aïssatou', 'pro.oc.mssante.fr', 'PER', 0, 'ndiaye.aissatou@pro.oc.mssante.fr'],
            ['Lœuvre', 'Jean-Noël', 'pro.oc.mssante.fr', 'PER', 2, 'loeuvre.jean-noel2@pro.oc.mssante.fr'],
            ['Équipe de nuit', null, 'ehpad.oc.mssante.fr', 'ORG', 0, 'equipe-de-nuit@ehpad.oc.mssante.fr'],
        ];
    }

    /** @dataProvider suggestions */
    public function testSuggestWithAccents(string $last, ?string $first, string $domain, string $type,
                                           int $index, string $expected): void
    {
        $this->assertSame($expected, Address::suggest($last, $first, $domain, $type, $index));
    }

    public function testSuggestFailures(): void
    {
        try {
            Address::suggest('Dupont', 'Ωμέγα', 'pro.oc.mssante.fr');
            $this->fail('no exception');
        } catch (ValidationException $e) {
            $this->assertSame('MSS_ERR_SUGGEST_CHARACTER', $e->getName());
            $this->assertSame(MSS_RECORD_FIELD_FIRST_NAME, $e->getField());
        }
        $this->expectException(UsageException::class);
        Address::suggest('Dupont', 'Jean', 'pro.oc.mssante.fr', 'PER', 100);
    }

    public function testDomains(): void
    {
        $this->assertSame('xn--hpital-exemple-0ob.fr', Domain::normalize('Hôpital-Exemple.FR'));
        $this->assertSame('hôpital-exemple.fr', Domain::toUnicode('xn--hpital-exemple-0ob.fr'));
        $this->assertSame('ch-albi.mssante.fr', Domain::checkPublic('CH-Albi.mssante.fr'));
        $this->assertSame('generic', Domain::classify('pro.oc.mssante.fr')->domainClass);
        $r = Domain::classify('ch-albi.mssante.fr');
        $this->assertSame('unverified', $r->domainClass);
        $this->assertSame('MSS_WARN_DOMAIN_UNVERIFIED', $r->warnings[0]->name);
        $this->assertSame('not-whitelisted', Domain::classify('x.mssante.fr', Whitelist::fromDomains(['y.fr']))->domainClass);
        $this->assertSame('ehpad.oc.mssante.fr', Domain::genericDomain('EHPAD'));
        $this->assertTrue(Domain::isGeneric('oc.mssante.fr'));
        $this->assertFalse(Domain::isGeneric(null));
        $this->assertTrue(Domain::isSpecialUse('localhost'));
        try {
            Domain::normalize('a..fr');
            $this->fail('no exception');
        } catch (InvalidDomainException $e) {
            $this->assertSame(2, $e->getOffset());
        }
        $this->expectException(InvalidDomainException::class);
        Domain::checkPublic('intranet');
    }
}
