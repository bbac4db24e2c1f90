<?php
/*
 * Exceptions of the MssConf PHP layer: one class per family of libmssconf
 * error code (the same hierarchy as the Python binding and python-stdnum).
 * Every exception carries the code (getCode()), its symbolic name, the
 * English message (getMessage()) and the French one (getMessageFr()).
 */
declare(strict_types=1);

namespace MssConf;

class ValidationException extends \InvalidArgumentException
{
    private string $name;
    private string $messageFr;
    private int $offset;
    private int $field;
    /** @var list<Issue> */
    private array $reasons = [];
    private int $inputLine = 0;
    private int $inputColumn = 0;

    /** Build the exception for a negative libmssconf code; -1 means "no position". */
    public function __construct(int $code, int $offset = -1, int $field = -1)
    {
        $this->name = \mss_error_name($code);
        $this->messageFr = \mss_strerror_lang($code, \MSS_LANG_FR);
        $this->offset = $offset;
        $this->field = $field;
        parent::__construct(\mss_strerror_lang($code, \MSS_LANG_EN), $code);
    }

    /** The exception class for a code, by its family in the registry. */
    public static function forCode(int $code, int $offset = -1, int $field = -1): self
    {
        $class = match (\mss_error_family_of($code)) {
            \MSS_FAMILY_FORMAT => InvalidFormatException::class,
            \MSS_FAMILY_LENGTH => InvalidLengthException::class,
            \MSS_FAMILY_CHECKSUM => InvalidChecksumException::class,
            \MSS_FAMILY_COMPONENT => InvalidComponentException::class,
            \MSS_FAMILY_DOMAIN => InvalidDomainException::class,
            \MSS_FAMILY_WHITELIST => WhitelistException::class,
            \MSS_FAMILY_ADDRESS => InvalidAddressException::class,
            \MSS_FAMILY_RECORD => InvalidRecordException::class,
            \MSS_FAMILY_ACCOUNT => AccountException::class,
            \MSS_FAMILY_FILE => FileFormatException::class,
            default => UsageException::class,
        };
        return new $class($code, $offset, $field);
    }

    /** Throw for a negative code, at the position the result holds (if any);
     *  every error of the result becomes getReasons(). */
    public static function throwIfFailed(int $code, ?\mss_result $res = null): void
    {
        if ($code >= 0) {
            return;
        }
        if ($res !== null && $res->code === $code) {
            $e = self::forCode($code, $res->position(), $res->field_index());
            $e->reasons = array_values(array_filter(Issue::allOf($res), fn (Issue $i) => !$i->isWarning()));
            throw $e;
        }
        throw self::forCode($code);
    }

    /** @internal where a whitelist load stopped (1-based line and column in the document) */
    public function atInputPlace(int $line, int $column): static
    {
        $this->inputLine = $line;
        $this->inputColumn = $column;
        return $this;
    }

    /** Symbolic name of the code, e.g. "MSS_ERR_ID_CHECKSUM". */
    public function getName(): string
    {
        return $this->name;
    }

    public function getMessageEn(): string
    {
        return $this->getMessage();
    }

    public function getMessageFr(): string
    {
        return $this->messageFr;
    }

    /** Byte offset of the problem in the checked string, or -1. */
    public function getOffset(): int
    {
        return $this->offset;
    }

    /** Field or column of the problem (records, files), or -1. */
    public function getField(): int
    {
        return $this->field;
    }

    /** @return list<Issue> every error the check found (an account refusal
     *  lists each missing fact), the first one being this exception's */
    public function getReasons(): array
    {
        return $this->reasons;
    }

    /** Line of the problem in a loaded document (whitelist), or 0. */
    public function getInputLine(): int
    {
        return $this->inputLine;
    }

    /** Column of the problem in a loaded document (whitelist), or 0. */
    public function getInputColumn(): int
    {
        return $this->inputColumn;
    }
}

/** Characters that are not allowed, or a wrong layout. */
class InvalidFormatException extends ValidationException {}
/** Wrong length. */
class InvalidLengthException extends InvalidFormatException {}
/** Wrong check digit (clé de contrôle). */
class InvalidChecksumException extends ValidationException {}
/** A part refers to something that does not exist (department, prefix). */
class InvalidComponentException extends ValidationException {}
/** Invalid domain, or not an MSSanté domain where one is required. */
class InvalidDomainException extends ValidationException {}
/** A whitelist (liste blanche) document that cannot be loaded. */
class WhitelistException extends ValidationException {}
/** Address syntax or mailbox (BAL) type rules. */
class InvalidAddressException extends ValidationException {}
/** Inconsistent mailbox record. */
class InvalidRecordException extends ValidationException {}
/** Account status, event or transition not allowed. */
class AccountException extends ValidationException {}
/** Malformed bulk file. */
class FileFormatException extends ValidationException {}
/** The call itself is wrong (argument out of range, unreadable file...). */
class UsageException extends ValidationException {}
