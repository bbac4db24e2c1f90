<?php
declare(strict_types=1);

use MssConf\Address;
use MssConf\InvalidDomainException;
use MssConf\UsageException;
use MssConf\Whitelist;
use MssConf\WhitelistException;
use PHPUnit\Framework\TestCase;

final class WhitelistTest extends TestCase
{
    /** A small ANS whitelist with the real file's quirks (namespace, two
     *  certificates for one domain, upper case, a Nom that is no domain),
     *  shared with the Python tests. */
    public static function smallXml(): string
    {
        return (string)file_get_contents(__DIR__ . '/../../testdata/whitelist-small.xml');
    }

    public function testSmallXml(): void
    {
        $wl = Whitelist::fromString(self::smallXml());
        $this->assertCount(3, $wl);
        $this->assertSame(['entries' => 5, 'added' => 3, 'skipped' => 1],
                          array_slice($wl->report, 0, 3));
        $this->assertSame('MSS_WARN_WHITELIST_ENTRY_SKIPPED', $wl->report['warnings'][0]['issue']->name);
        $this->assertSame('pas un domaine', $wl->report['warnings'][0]['text']);
        $this->assertSame('2025-03-13T14:54:10Z', $wl->generated());
        $domains = iterator_to_array($wl, false);
        sort($domains);
        $this->assertSame(['ch-albi.mssante.fr', 'medecin.mssante.fr', 'xn--hpital-exemple-0ob.mssante.fr'], $domains);
    }

    public function testContainsAndLookup(): void
    {
        $wl = Whitelist::fromString(self::smallXml());
        $this->assertTrue($wl->contains('CH-Albi.MSSante.fr'));
        $this->assertFalse($wl->contains('x.ch-albi.mssante.fr'));
        $this->assertFalse($wl->contains("ch-albi\0.mssante.fr"));
        $this->assertFalse($wl->contains(''));
        $entry = $wl->lookup('ch-albi.mssante.fr');
        $this->assertSame("Centre Hospitalier d'Albi", $entry['description']);
        $this->assertSame('2024-01-02T00:00:00Z', $entry['updated']);
        $this->assertSame(['organisation' => 'Autre Opérateur', 'operatorId' => '377777777700017',
                           'server' => 'mail.autre-operateur.fr'], $entry['operators'][1]);
        $this->assertNull($wl->lookup('absent.mssante.fr'));
        $this->assertSame(['ch-albi.mssante.fr'], $wl->suggest('ch-abli.mssante.fr'));
        $this->assertSame([], $wl->suggest('ch-abli.mssante.fr', 0));
    }

    public function testTextListAndDomains(): void
    {
        $this->assertCount(2, Whitelist::fromString("# liste\nch-albi.mssante.fr\r\n\nMEDECIN.mssante.fr\n"));
        $this->assertCount(2, Whitelist::fromDomains(['a.mssante.fr', 'A.mssante.fr', 'b.fr']));
        $this->assertCount(0, Whitelist::fromDomains([]));
        try {
            Whitelist::fromDomains(['ok.fr', 'bad_domain.fr']);
            $this->fail('no exception');
        } catch (InvalidDomainException $e) {
            $this->assertSame(3, $e->getOffset());
        }
        $this->expectException(\TypeError::class);
        Whitelist::fromDomains([42]);
    }

    /** @return list<array{string, int, int}> */
    public static function brokenDocuments(): array
    {
        return [
            ['', MSS_ERR_EMPTY, 0],
            ['<ListeBlancheMSSante><ListeDomaines><Domaine>', MSS_ERR_WHITELIST_TRUNCATED, 1],
            ['<html><body/></html>', MSS_ERR_WHITELIST_NOT_WHITELIST, 1],
            ["<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"x\">]><x/>", MSS_ERR_WHITELIST_ENTITY, 2],
            ["a.mssante.fr\nnot a domain\n", MSS_ERR_WHITELIST_TEXT_LINE, 2],
        ];
    }

    /** @dataProvider brokenDocuments */
    public function testLoadErrorsSayWhere(string $data, int $code, int $line): void
    {
        try {
            Whitelist::fromString($data);
            $this->fail('no exception');
        } catch (\MssConf\ValidationException $e) {
            $this->assertSame($code, $e->getCode(), $e->getName());
            $this->assertSame($line, $e->getInputLine());
            $this->assertNotSame('', $e->getMessageFr());
        }
    }

    public function testFromFile(): void
    {
        $path = tempnam(sys_get_temp_dir(), 'wl');
        try {
            file_put_contents($path, self::smallXml());
            $this->assertCount(3, Whitelist::fromFile($path));
        } finally {
            unlink($path);
        }
        $this->expectException(UsageException::class);
        $this->expectExceptionCode(MSS_ERR_IO);
        Whitelist::fromFile('/nonexistent/liste.xml');
    }

    public function testBrokenXmlIsAWhitelistException(): void
    {
        $this->expectException(WhitelistException::class);
        Whitelist::fromString('<ListeBlancheMSSante><a></b></ListeBlancheMSSante>');
    }

    public function testDefaultWithoutEnvironmentKnowsTheGenericDomains(): void
    {
        if (getenv('MSSCONF_WHITELIST')) {
            $this->markTestSkipped('MSSCONF_WHITELIST is set');
        }
        $wl = Whitelist::default();
        $this->assertSame($wl, Whitelist::default());
        $this->assertTrue($wl->isBuiltin());
        $this->assertCount(4, $wl);
        $this->assertTrue($wl->contains('PRO.oc.mssante.fr'));
        $this->assertSame('pro.oc.mssante.fr', $wl->lookup('Pro.OC.mssante.fr')['domain']);
        $this->assertSame('unverified', Address::check('dupont.jean@ch-albi.mssante.fr', 'PER', $wl)->domainClass);
    }

    public function testRealWhitelist(): void
    {
        $path = mssconf_test_shared_path('data/listeblanchemssante-2025-03-13.xml');
        if ($path === null) {
            $this->markTestSkipped('the real whitelist (../shared) is absent');
        }
        $wl = Whitelist::fromFile($path);
        $this->assertGreaterThan(4000, count($wl));
        $this->assertTrue($wl->contains('uc-cmp.mssante.fr'));
        $this->assertSame('medimail-asip.mipih.fr', $wl->lookup('ch-albi.mssante.fr')['operators'][0]['server']);
        $this->assertSame('pro.oc.mssante.fr', $wl->suggest('pro.oc.msante.fr')[0]);
        $this->assertSame('whitelisted', Address::check('dupont.jean@medecin.mssante.fr', 'PER', $wl)->domainClass);
    }

    public function testExtensionKeepsTheCNames(): void
    {
        $wl = new mss_whitelist();
        $info = new mss_load_info();
        $this->assertSame(MSS_OK, mss_whitelist_load_text_buffer($wl, "a.mssante.fr\n", $info));
        $this->assertSame(1, $info->entries);
        $this->assertSame(1, mss_whitelist_count($wl));
        $this->assertTrue(mss_whitelist_contains($wl, 'A.mssante.fr'));
        $this->assertSame([1, ['a.mssante.fr']], mss_whitelist_suggest($wl, 'b.mssante.fr'));
    }
}
