<?php
declare(strict_types=1);

use MssConf\InvalidChecksumException;
use MssConf\InvalidFormatException;
use MssConf\InvalidLengthException;
use MssConf\Issue;
use MssConf\UsageException;
use MssConf\ValidationException;
use PHPUnit\Framework\TestCase;

final class ErrorsTest extends TestCase
{
    public function testRegistryThroughTheExtension(): void
    {
        $this->assertSame('MSS_ERR_ID_CHECKSUM', mss_error_name(MSS_ERR_ID_CHECKSUM));
        $this->assertSame('the check digit is wrong', mss_strerror(MSS_ERR_ID_CHECKSUM));
        $this->assertSame('la clé de contrôle est fausse', mss_strerror_lang(MSS_ERR_ID_CHECKSUM, MSS_LANG_FR));
        $this->assertSame('MSS_UNKNOWN', mss_error_name(123456));
        $this->assertGreaterThan(10, mss_error_count());
    }

    public function testExceptionClassFollowsTheFamily(): void
    {
        $this->assertInstanceOf(InvalidChecksumException::class, ValidationException::forCode(MSS_ERR_ID_CHECKSUM));
        $this->assertInstanceOf(InvalidLengthException::class, ValidationException::forCode(MSS_ERR_ID_LENGTH));
        $this->assertInstanceOf(InvalidFormatException::class, ValidationException::forCode(MSS_ERR_ID_LENGTH));
        $this->assertInstanceOf(UsageException::class, ValidationException::forCode(MSS_ERR_INVALID_ARGUMENT));
        $this->assertInstanceOf(\InvalidArgumentException::class, ValidationException::forCode(MSS_ERR_EMPTY));
    }

    public function testExceptionCarriesCodeNameAndBothMessages(): void
    {
        $e = ValidationException::forCode(MSS_ERR_ID_CHECKSUM, 8);
        $this->assertSame(MSS_ERR_ID_CHECKSUM, $e->getCode());
        $this->assertSame('MSS_ERR_ID_CHECKSUM', $e->getName());
        $this->assertSame('the check digit is wrong', $e->getMessage());
        $this->assertSame('la clé de contrôle est fausse', $e->getMessageFr());
        $this->assertSame(8, $e->getOffset());
        $this->assertSame(-1, $e->getField());
    }

    public function testEmptyResultHasNoIssue(): void
    {
        $res = new mss_result();
        $this->assertSame(0, $res->code);
        $this->assertSame(-1, $res->position());
        $this->assertSame([], Issue::allOf($res));
        $this->assertSame(0, $res->issue_code(99));
    }

    public function testWrongTypesDoNotCrash(): void
    {
        $this->assertSame('no error', mss_strerror(0));
        $this->assertSame(MSS_OK, mss_error_code_at(1 << 40));
    }
}
