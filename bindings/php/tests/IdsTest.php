<?php
declare(strict_types=1);

use MssConf\Id;
use MssConf\InvalidChecksumException;
use MssConf\InvalidComponentException;
use MssConf\InvalidFormatException;
use MssConf\InvalidLengthException;
use MssConf\UsageException;
use PHPUnit\Framework\TestCase;

final class IdsTest extends TestCase
{
    public function testExtensionFunctionsKeepTheirCNames(): void
    {
        $this->assertTrue(mss_siret_is_valid('73282932000074'));
        $this->assertFalse(mss_siret_is_valid('73282932000079'));
        $this->assertTrue(mss_siren_is_valid('552 008 443'));
        $this->assertFalse(mss_rpps_is_valid(null));
        $this->assertSame([MSS_OK, '73282932000074'], mss_siret_validate('732 829 320 00074'));
        $this->assertSame([MSS_ERR_ID_CHECKSUM, ''], mss_siren_validate('404833047'));
        $this->assertSame([MSS_OK, '0'], mss_siren_calc_check_digit('73282932'));
        $this->assertSame([MSS_OK, MSS_ID_RPPS_RANG], mss_id_kind_parse('rpps-rang'));
    }

    public function testValidateReturnsCompactFormOrThrows(): void
    {
        $this->assertSame('552008443', Id::validate('siren', '552 008 443'));
        $this->assertSame('35600000049837', Id::validate('siret', '35600000049837'));
        $this->assertSame('2B0004246', Id::validate('finess', '2b0004246'));
        $this->assertSame('810000005479', Id::validate(MSS_ID_IDNAT_PS, '810000005479'));
        try {
            Id::validate('siren', '404833047');
            $this->fail('no exception');
        } catch (InvalidChecksumException $e) {
            $this->assertSame(MSS_ERR_ID_CHECKSUM, $e->getCode());
            $this->assertSame(8, $e->getOffset());
            $this->assertSame('la clé de contrôle est fausse', $e->getMessageFr());
        }
    }

    /** @return array<string, array{string, string, class-string}> */
    public static function failures(): array
    {
        return [
            'letter' => ['siren', '12345678X', InvalidFormatException::class],
            'short' => ['siren', '1234', InvalidLengthException::class],
            'keyless finess' => ['finess', '24000005', InvalidLengthException::class],
            'no department' => ['finess', '000000000', InvalidComponentException::class],
            'La Poste sum' => ['siret', '35600000049838', InvalidChecksumException::class],
            'empty' => ['rpps', '', InvalidFormatException::class],
            'huge' => ['rpps', str_repeat('1', 100000), InvalidLengthException::class],
        ];
    }

    /** @dataProvider failures */
    public function testFailuresThrowTheFamilyClass(string $kind, string $value, string $class): void
    {
        $this->assertFalse(Id::isValid($kind, $value));
        $this->expectException($class);
        Id::validate($kind, $value);
    }

    public function testIsValidNeverThrows(): void
    {
        foreach ([null, 42, [], new stdClass(), "7328\0" . '29320', "\xff\xfe"] as $junk) {
            $this->assertFalse(Id::isValid('siren', $junk));
        }
    }

    public function testWarningsComeBackOnTheResult(): void
    {
        [, $key] = mss_rpps_calc_check_digit('2000000547');
        $result = Id::check('rpps', '2000000547' . $key);
        $this->assertSame('rpps', $result->kind);
        $this->assertCount(1, $result->warnings);
        $this->assertSame('MSS_WARN_RPPS_PREFIX', $result->warnings[0]->name);
        $this->assertTrue($result->warnings[0]->isWarning());
    }

    public function testFormatCompactAndKey(): void
    {
        $this->assertSame('732 829 320 00074', Id::format('siret', '73282932000074'));
        $this->assertSame('732829320', Id::compact('siren', '732.829-320'));
        $this->assertSame('4', Id::calcCheckDigit('siret', '7328293200007'));
        try {
            Id::compact('siren', '7328x9320');
            $this->fail('no exception');
        } catch (InvalidFormatException $e) {
            $this->assertSame(4, $e->getOffset());
        }
    }

    public function testIdNat(): void
    {
        $parsed = Id::parseIdNatStruct('373282932000074');
        $this->assertSame([3, 'siret', '73282932000074'], [$parsed->prefix, $parsed->kind, $parsed->inner]);
        $this->assertSame('adeli', Id::parseIdNatPs('0012807590')->kind);
        $this->expectException(InvalidChecksumException::class);
        Id::parseIdNatPs('810005678901');
    }

    public function testUnknownKindIsAUsageError(): void
    {
        $this->expectException(UsageException::class);
        Id::validate('nope', '1');
    }

    public function testWrongTypesAreTypeErrorsNotCrashes(): void
    {
        $this->expectException(\TypeError::class);
        mss_siret_is_valid([1]);
    }
}
