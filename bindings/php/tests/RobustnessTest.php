<?php
declare(strict_types=1);

use MssConf\Address;
use MssConf\Record;
use MssConf\Whitelist;
use PHPUnit\Framework\TestCase;

/** Wrong use never crashes the process: wrong types, null, objects without a
 *  C pointer, objects whose owner is gone; and memory does not grow. */
final class RobustnessTest extends TestCase
{
    private static function outcome(callable $call): string
    {
        try {
            $call();
            return 'returned';
        } catch (\Throwable $e) {
            return get_class($e);
        }
    }

    public function testWrongTypesAndNullAtTheExtension(): void
    {
        $wl = new mss_whitelist();
        $this->assertSame(\TypeError::class, self::outcome(fn () => mss_whitelist_count(new mss_result())));
        $this->assertSame(\TypeError::class, self::outcome(fn () => mss_address_check('a@b.fr', MSS_BAL_INT, new mss_result(), null, null)));
        $this->assertSame(\TypeError::class, self::outcome(fn () => mss_whitelist_contains($wl, ['a.fr'])));
        $this->assertSame(\ValueError::class, self::outcome(fn () => mss_whitelist_contains($wl, "a\0.fr")));
        $this->assertSame(\ArgumentCountError::class, self::outcome(fn () => mss_inactivity_check(0, 1)));
        // NULL handles and strings reach C, which answers instead of crashing.
        $this->assertSame(0, mss_whitelist_count(null));
        $this->assertFalse(mss_whitelist_contains(null, 'a.fr'));
        $this->assertSame(MSS_ERR_NULL_ARGUMENT, mss_whitelist_load_file(null, 'x', null));
        $this->assertSame(MSS_ERR_NULL_ARGUMENT, mss_address_check(null, MSS_BAL_PER, null, null, null));
        $this->assertSame('', mss_whitelist_entry_domain(null));
        $this->assertSame([MSS_ERR_NULL_ARGUMENT, null, null], mss_whitelist_entry_operator(null, 0));
        $this->assertSame(MSS_ERR_NULL_ARGUMENT, mssb_enrol_match(null, 'x@y.fr', null, null, null, null));
        $this->assertSame(MSS_ERR_BAL_TYPE_UNKNOWN, mss_address_check('a@b.fr', 99, null, null, null));
    }

    public function testObjectsWithoutACPointerCannotBeMade(): void
    {
        foreach (['mss_result', 'mss_whitelist', 'mss_enrol_rules', 'mss_address_parts'] as $class) {
            $this->assertSame(\ReflectionException::class,
                              self::outcome(fn () => (new \ReflectionClass($class))->newInstanceWithoutConstructor()), $class);
            $this->assertSame(\Error::class, self::outcome(fn () => clone new $class()), $class);
            $this->assertSame(\Exception::class, self::outcome(fn () => serialize(new $class())), $class);
        }
        $this->assertTrue((new \ReflectionClass('mss_whitelist'))->isFinal());
        // A bare pointer object has no pointer: refused, not dereferenced.
        $this->assertSame(\TypeError::class,
                          self::outcome(fn () => mss_whitelist_entry_domain(new SWIG\_p_mss_whitelist_entry())));
    }

    public function testResultsOutliveTheirWhitelist(): void
    {
        $wl = Whitelist::fromString(WhitelistTest::smallXml());
        $entry = $wl->lookup('ch-albi.mssante.fr');
        $result = Address::check('dupont.jean@ch-albi.mssante.fr', 'PER', $wl);
        $handle = $wl->handle;
        unset($wl);
        gc_collect_cycles();
        $this->assertSame('GIP MIPIH', $entry['operators'][0]['organisation']);
        $this->assertSame('whitelisted', $result->domainClass);
        $this->assertSame(3, mss_whitelist_count($handle)); // the handle keeps its C whitelist alive
    }

    public function testLayerRefusesWrongTypes(): void
    {
        $this->assertSame(\TypeError::class, self::outcome(fn () => Address::check(null, 'PER')));
        $this->assertSame(\TypeError::class, self::outcome(fn () => Address::check('a@b.fr', ['PER'])));
        $this->assertSame(\TypeError::class, self::outcome(fn () => Address::check('a@b.fr', 'PER', new mss_whitelist())));
        $this->assertSame(\TypeError::class, self::outcome(fn () => Record::check(['type' => ['PER']])));
        $this->assertSame(\Error::class, self::outcome(fn () => new Whitelist(null)));
    }

    private static function rssKib(): int
    {
        return (int)explode(' ', (string)file_get_contents('/proc/self/statm'))[1] * 4;
    }

    public function testNoLeakAcrossCalls(): void
    {
        $xml = WhitelistTest::smallXml();
        $work = function (int $rounds) use ($xml): void {
            for ($i = 0; $i < $rounds; $i++) {
                $wl = Whitelist::fromString($xml);
                Address::check('Elodie.Le-Gall@ch-albi.mssante.fr', 'PER', $wl);
                try {
                    Address::check('élodie@ch-albi.mssante.fr', 'PER', $wl);
                } catch (\MssConf\ValidationException) {
                }
                Address::suggest('Le Gall', 'Élodie', 'pro.oc.mssante.fr');
                Record::check(['type' => 'ORG', 'address' => 'accueil@ch-albi.mssante.fr'], $wl);
                $wl->lookup('ch-albi.mssante.fr');
                $wl->suggest('ch-abli.mssante.fr');
                try {
                    \MssConf\Account::next('PREINSCRIT', 'finalise');
                } catch (\MssConf\AccountException) {
                }
            }
        };
        $work(300);
        gc_collect_cycles();
        $beforePhp = memory_get_usage();
        $beforeRss = self::rssKib();
        $work(3000);
        gc_collect_cycles();
        // 3000 rounds of a dozen calls: a leak of 16 bytes per call would show as over 500 KiB.
        $this->assertLessThan(64 * 1024, memory_get_usage() - $beforePhp);
        $this->assertLessThan(512, self::rssKib() - $beforeRss);
    }
}
