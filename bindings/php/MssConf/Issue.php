<?php
/* One error or warning found by a check, and the warnings of a C result. */
declare(strict_types=1);

namespace MssConf;

final class Issue
{
    public readonly string $name;
    public readonly string $message;
    public readonly string $messageFr;

    /** @param int $offset byte offset in the checked string, or -1; $field likewise */
    public function __construct(public readonly int $code, public readonly int $offset = -1,
                                public readonly int $field = -1)
    {
        $this->name = \mss_error_name($code);
        $this->message = \mss_strerror_lang($code, \MSS_LANG_EN);
        $this->messageFr = \mss_strerror_lang($code, \MSS_LANG_FR);
    }

    public function isWarning(): bool
    {
        return $this->code > 0;
    }

    /** @return list<Issue> every issue of a C result, in the order found */
    public static function allOf(\mss_result $res): array
    {
        $issues = [];
        for ($i = 0; $i < $res->count; $i++) {
            $issues[] = new self($res->issue_code($i), $res->issue_offset($i), $res->issue_field($i));
        }
        return $issues;
    }

    /** @return list<Issue> the warnings of a C result */
    public static function warningsOf(\mss_result $res): array
    {
        return array_values(array_filter(self::allOf($res), fn (Issue $i) => $i->isWarning()));
    }
}
