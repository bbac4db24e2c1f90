<?php
/* Mailbox (BAL) addresses per type, and address suggestion. */
declare(strict_types=1);

namespace MssConf;

/** A valid address, normalised and split, with the conventions it breaks. */
final class AddressResult
{
    /** @param string $domainClass generic, whitelisted, unverified, not-whitelisted or outside
     *  @param list<Issue> $warnings */
    public function __construct(public readonly string $address, public readonly string $local,
                                public readonly string $domain, public readonly string $domainUnicode,
                                public readonly string $domainClass, public readonly string $type,
                                public readonly array $warnings)
    {
    }
}

final class Address
{
    /** The MSS_BAL_* constant for a code ("PER", "org"), a French label
     *  ("personnelle") or an English name, or a MSS_BAL_* constant. */
    public static function type(string|int $type): int
    {
        if (is_int($type)) {
            if ($type < 0 || $type >= \MSS_BAL_TYPE_COUNT) {
                throw ValidationException::forCode(\MSS_ERR_INVALID_ARGUMENT);
            }
            return $type;
        }
        [$code, $value] = \mss_bal_type_parse($type);
        ValidationException::throwIfFailed($code);
        return $value;
    }

    /**
     * Check an address for a mailbox type: syntax, then what the type requires
     * of its domain (an MSSanté domain — in the whitelist when given — for
     * PER, ORG, APP, CAB; any public domain for INT, MED), then the guide's
     * conventions as warnings.
     * @throws InvalidAddressException local part, at-sign, length
     * @throws InvalidDomainException the domain part, or a domain the type does not accept
     */
    public static function check(string $address, string|int $type, ?Whitelist $whitelist = null): AddressResult
    {
        $kind = self::type($type);
        $parts = new \mss_address_parts();
        $res = new \mss_result();
        ValidationException::throwIfFailed(
            \mss_address_check($address, $kind, $whitelist?->handle, $parts, $res), $res);
        return new AddressResult($parts->address, $parts->local, $parts->domain, $parts->domain_unicode,
                                 \mss_domain_class_name($parts->domain_class), \mss_bal_type_code($kind),
                                 Issue::warningsOf($res));
    }

    /** Whether an address is valid for a type (warnings allowed); never throws for bad input. */
    public static function isValid(mixed $address, string|int $type, ?Whitelist $whitelist = null): bool
    {
        if (!is_string($address) || str_contains($address, "\0")) {
            return false;
        }
        try {
            return \mss_address_is_valid($address, self::type($type), $whitelist?->handle);
        } catch (ValidationException) {
            return false;
        }
    }

    /**
     * The conventional address nom.prenom@domaine: names transliterated to
     * lower-case ASCII (Élodie → elodie, Müller → muller), spaces and hyphens
     * as one hyphen (Le Gall → le-gall), apostrophes dropped; $index (1..99)
     * numbers a namesake. For ORG and APP boxes $firstName may be null.
     * @throws ValidationException with getField() 7 (last name) or 8 (first name) for a name error
     */
    public static function suggest(string $lastName, ?string $firstName, string $domain,
                                   string|int $type = 'PER', int $index = 0,
                                   ?Whitelist $whitelist = null): string
    {
        if ($index < 0 || $index > \MSS_HOMONYM_MAX) {
            throw ValidationException::forCode(\MSS_ERR_INVALID_ARGUMENT);
        }
        $res = new \mss_result();
        [$code, $address] = \mss_address_suggest($lastName, $firstName, $domain, self::type($type),
                                                 $index, $whitelist?->handle, $res);
        ValidationException::throwIfFailed($code, $res);
        return $address;
    }
}
