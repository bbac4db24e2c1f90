<?php
/* Automatic enrolment ("enrôlement automatique"): may a self-created account join a structure? */
declare(strict_types=1);

namespace MssConf;

/** Whether a candidate is admitted, and every failing criterion (Issue::$field
 *  0 address, 1 postal code, 2 practice) followed by its cause. */
final class EnrolDecision
{
    /** @param list<Issue> $reasons */
    public function __construct(public readonly bool $admitted, public readonly array $reasons)
    {
    }
}

/**
 * A structure's enrolment rules, fixed at construction: mail domains
 * (exact, or with their subdomains), places of practice (postal codes
 * "31000" or departments "31", "2A", "971") and kinds of practice
 * (profession codes "10" or categories "libéral"). An empty criterion
 * admits everyone.
 */
final class EnrolRules
{
    private const CANDIDATE = ['address' => null, 'postal_code' => null, 'profession_code' => null, 'category' => null];

    /** @internal the extension's handle, freed with this object */
    public readonly \mss_enrol_rules $handle;

    /**
     * @param list<string> $domains
     * @param list<string> $domainsWithSubdomains
     * @param list<string> $places
     * @param list<string> $practices
     * @throws ValidationException for an invalid value, saying where
     */
    public function __construct(array $domains = [], array $domainsWithSubdomains = [], array $places = [],
                                array $practices = [])
    {
        $this->handle = new \mss_enrol_rules();
        $adders = [
            [$domains, fn (string $v, \mss_result $r) => \mss_enrol_rules_add_domain($this->handle, $v, \MSS_ENROL_DOMAIN_EXACT, $r)],
            [$domainsWithSubdomains, fn (string $v, \mss_result $r) => \mss_enrol_rules_add_domain($this->handle, $v, \MSS_ENROL_DOMAIN_WITH_SUBDOMAINS, $r)],
            [$places, fn (string $v, \mss_result $r) => \mss_enrol_rules_add_place($this->handle, $v, $r)],
            [$practices, fn (string $v, \mss_result $r) => \mss_enrol_rules_add_practice($this->handle, $v, $r)],
        ];
        foreach ($adders as [$values, $add]) {
            foreach ($values as $value) {
                $res = new \mss_result();
                ValidationException::throwIfFailed($add($value, $res), $res);
            }
        }
    }

    /** @param array{address?: ?string, postal_code?: ?string, profession_code?: ?string, category?: ?string} $candidate */
    public function match(array $candidate): EnrolDecision
    {
        $res = new \mss_result();
        $code = \mssb_enrol_match($this->handle, ...[...self::candidateArgs($candidate), $res]);
        return new EnrolDecision($code === \MSS_OK,
                                 array_values(array_filter(Issue::allOf($res), fn (Issue $i) => !$i->isWarning())));
    }

    /** @internal the candidate's fields in the C order; unknown keys are a \ValueError
     *  @return list<?string> */
    public static function candidateArgs(mixed $candidate): array
    {
        if (!is_array($candidate)) {
            throw new \TypeError('a candidate is an array, ' . get_debug_type($candidate) . ' given');
        }
        $unknown = array_diff_key($candidate, self::CANDIDATE);
        if ($unknown !== []) {
            throw new \ValueError('unknown candidate field(s): ' . implode(', ', array_keys($unknown)));
        }
        $args = [];
        foreach (array_merge(self::CANDIDATE, $candidate) as $key => $value) {
            if ($value !== null && !is_string($value)) {
                throw new \TypeError("candidate field \"$key\" must be a string or null, " . get_debug_type($value) . ' given');
            }
            $args[] = $value;
        }
        return $args;
    }
}
