<?php
/* Domain names: IDNA normalisation, classification for MSSanté, generic Occitanie domains. */
declare(strict_types=1);

namespace MssConf;

/** What a domain is for MSSanté. */
final class DomainResult
{
    /** @param string $domainClass generic, whitelisted, unverified, not-whitelisted or outside
     *  @param list<Issue> $warnings MSS_WARN_DOMAIN_UNVERIFIED when it applies */
    public function __construct(public readonly string $domain, public readonly string $domainClass,
                                public readonly string $description, public readonly string $descriptionFr,
                                public readonly array $warnings)
    {
    }
}

final class Domain
{
    /** Lowercase A-label form (IDNA2008, UTS#46); throws InvalidDomainException saying where. */
    public static function normalize(string $domain): string
    {
        $res = new \mss_result();
        [$code, $value] = \mss_domain_normalize($domain, $res);
        ValidationException::throwIfFailed($code, $res);
        return $value;
    }

    /** Unicode form for display ("xn--hpital-exemple-0ob.fr" → "hôpital-exemple.fr"). */
    public static function toUnicode(string $domain): string
    {
        $res = new \mss_result();
        [$code, $value] = \mss_domain_to_unicode($domain, $res);
        ValidationException::throwIfFailed($code, $res);
        return $value;
    }

    /** The normalised form of a domain that must be a public mail domain
     *  (no localhost, .test, single label or numeric top-level label). */
    public static function checkPublic(string $domain): string
    {
        $res = new \mss_result();
        ValidationException::throwIfFailed(\mss_domain_check_public($domain, $res), $res);
        return self::normalize($domain);
    }

    /** Classify a domain, against a whitelist when given (else other
     *  *.mssante.fr domains are only "unverified"). */
    public static function classify(string $domain, ?Whitelist $whitelist = null): DomainResult
    {
        $value = self::normalize($domain);
        $res = new \mss_result();
        $class = \mss_domain_classify($value, $whitelist?->handle, $res);
        ValidationException::throwIfFailed($res->code, $res);
        return new DomainResult($value, \mss_domain_class_name($class),
                                \mss_domain_class_description($class, \MSS_LANG_EN),
                                \mss_domain_class_description($class, \MSS_LANG_FR), Issue::warningsOf($res));
    }

    /** Generic Occitanie domain for a kind of structure ("libérale", "cpts", "msp", "ehpad", "sociale", "autre"). */
    public static function genericDomain(string $kind): string
    {
        [$code, $value] = \mss_structure_kind_parse($kind);
        ValidationException::throwIfFailed($code);
        return \mss_generic_domain($value);
    }

    /** Whether a domain is one of the generic Occitanie domains (exact match). */
    public static function isGeneric(mixed $domain): bool
    {
        return is_string($domain) && !str_contains($domain, "\0") && \mss_domain_is_generic($domain);
    }

    /** Whether a domain can never be a public mail domain (localhost, .test, example.com...). */
    public static function isSpecialUse(mixed $domain): bool
    {
        return is_string($domain) && !str_contains($domain, "\0") && \mss_domain_is_special_use($domain);
    }
}
