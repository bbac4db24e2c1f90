<?php
/* Mailbox (BAL) addresses per type, and address suggestion. */
declare(strict_types=1);

namespace MssConf;

/** A valid address, normalised and split, with the conventions it breaks. */
final class AddressResult
{
    /** @param list<Issue> $warnings */
    public function __construct(public readonly string $address, public readonly string $local,
                                public readonly string $domain, public readonly string $domainUnicode,
                                public readonly string $domainClass, public readonly string $type,
                                public readonly array $warnings)
    {
    }
}

final class Address
{
    /** The MSS_BAL_* constant for "PER", "ORG", "APP", "CAB", "INT", "MED". */
    public static function type(string|int $type): int
    {
        if (is_int($type)) {
            return $type;
        }
        [$code, $value] = \mss_bal_type_parse($type);
        ValidationException::throwIfFailed($code);
        return $value;
    }

    /** Check an address for a mailbox type; throws a ValidationException saying where. */
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

    /** Suggest an address following the guide (nom.prenom@domaine). */
    public static function suggest(string $lastName, string $firstName, string $domain,
                                   string|int $type = 'PER', int $homonym = 0,
                                   ?Whitelist $whitelist = null): string
    {
        $res = new \mss_result();
        [$code, $address] = \mss_address_suggest($lastName, $firstName, $domain, self::type($type),
                                                 $homonym, $whitelist?->handle, $res);
        ValidationException::throwIfFailed($code, $res);
        return $address;
    }
}
