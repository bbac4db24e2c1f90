<?php
/*
 * National identifiers (SIREN, SIRET, FINESS, RPPS, RPPS-rang, ADELI,
 * IdNat_PS, IdNat_Struct) in python-stdnum's shape: validate() returns the
 * compact form or throws, isValid() never throws.
 */
declare(strict_types=1);

namespace MssConf;

/** A valid identifier: its compact form, its kind and the warnings. */
final class IdResult
{
    /** @param list<Issue> $warnings */
    public function __construct(public readonly string $value, public readonly string $kind,
                                public readonly array $warnings)
    {
    }
}

/** A parsed IdNat: type prefix, kind and compact form of the inner identifier. */
final class IdNat
{
    /** @param list<Issue> $warnings */
    public function __construct(public readonly int $prefix, public readonly string $kind,
                                public readonly string $inner, public readonly array $warnings)
    {
    }
}

final class Id
{
    /** The kind constant for a name ("siret", "rpps-rang"...) or a MSS_ID_* constant. */
    public static function kind(string|int $kind): int
    {
        if (is_int($kind)) {
            return $kind;
        }
        [$code, $value] = \mss_id_kind_parse($kind);
        ValidationException::throwIfFailed($code);
        return $value;
    }

    /** Validate an identifier; its compact form and warnings, or a ValidationException. */
    public static function check(string|int $kind, string $value): IdResult
    {
        $kind = self::kind($kind);
        $res = new \mss_result();
        [$code, $compact] = \mss_id_check($kind, $value, $res);
        ValidationException::throwIfFailed($code, $res);
        return new IdResult($compact, \mss_id_kind_name($kind), Issue::warningsOf($res));
    }

    /** The compact form of a valid identifier; throws a ValidationException otherwise. */
    public static function validate(string|int $kind, string $value): string
    {
        return self::check($kind, $value)->value;
    }

    /** Whether an identifier is valid; never throws (null and other types give false). */
    public static function isValid(string|int $kind, mixed $value): bool
    {
        if (!is_string($value) || str_contains($value, "\0")) {
            return false;
        }
        try {
            return \mss_id_is_valid(self::kind($kind), $value);
        } catch (ValidationException) {
            return false;
        }
    }

    /** Separators (spaces, dots, hyphens) removed; only the characters are checked. */
    public static function compact(string|int $kind, string $value): string
    {
        return self::withPosition($kind, $value, \mss_id_compact(...));
    }

    /** Display form of a valid identifier ("732 829 320 00074"). */
    public static function format(string|int $kind, string $value): string
    {
        return self::withPosition($kind, $value, \mss_id_format(...));
    }

    /** The key (check character) of an identifier given without it. */
    public static function calcCheckDigit(string|int $kind, string $value): string
    {
        return self::withPosition($kind, $value, \mss_id_calc_check_digit(...));
    }

    /** Split and validate an IdNat_PS (8 + RPPS, 0 + ADELI, 10 + address). */
    public static function parseIdNatPs(string $value): IdNat
    {
        return self::parseIdNat($value, \mss_idnat_ps_parse(...));
    }

    /** Split and validate an IdNat_Struct (1 FINESS, 2 SIREN, 3 SIRET, 4 RPPS-rang, 0 ADELI-rang). */
    public static function parseIdNatStruct(string $value): IdNat
    {
        return self::parseIdNat($value, \mss_idnat_struct_parse(...));
    }

    private static function parseIdNat(string $value, callable $parse): IdNat
    {
        $parsed = new \mss_idnat();
        $res = new \mss_result();
        ValidationException::throwIfFailed($parse($value, $parsed, $res), $res);
        return new IdNat($parsed->prefix, \mss_id_kind_name($parsed->inner_kind), $parsed->inner,
                         Issue::warningsOf($res));
    }

    /* Call a C function that reports no position; on failure, the full
     * check tells where the same error is. */
    private static function withPosition(string|int $kind, string $value, callable $fn): string
    {
        $kind = self::kind($kind);
        [$code, $text] = $fn($kind, $value);
        if ($code < 0) {
            $res = new \mss_result();
            \mss_id_check($kind, $value, $res);
            throw ValidationException::forCode($code, $res->code === $code ? $res->position() : -1);
        }
        return $text;
    }
}
