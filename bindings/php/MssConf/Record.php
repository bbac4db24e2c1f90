<?php
/* Mailbox records: one mailbox checked as a whole, every problem with its field. */
declare(strict_types=1);

namespace MssConf;

/** One problem of a record: an error (code < 0) or a warning (code > 0). */
final class RecordProblem
{
    public readonly string $name;
    public readonly string $message;
    public readonly string $messageFr;

    /** @param string $field the field it is about (see Record::FIELDS), '' when none
     *  @param int $offset byte offset in that field's value, or -1 */
    public function __construct(public readonly string $field, public readonly int $code,
                                public readonly int $offset)
    {
        $this->name = \mss_error_name($code);
        $this->message = \mss_strerror_lang($code, \MSS_LANG_EN);
        $this->messageFr = \mss_strerror_lang($code, \MSS_LANG_FR);
    }

    public function isWarning(): bool
    {
        return $this->code > 0;
    }
}

final class Record
{
    /** The fields, as the C mss_record members, in the mss_record_field order. */
    public const FIELDS = ['type', 'address', 'person_id_type', 'person_id', 'idnat_ps', 'struct_id_type',
                           'struct_id', 'last_name', 'first_name', 'notification_address',
                           'responsible_address'];

    /**
     * Check a record and return every problem (errors and warnings, in the
     * order found). Keys are the C field names (Record::FIELDS) or the
     * account file's columns ("adresse", "nom", "prenom", "id_pp",
     * "bal_responsable"... any case, accents ignored), so a CSV row can be
     * passed as it is; null or '' means absent.
     *
     * @param array<string, ?string> $fields
     * @param bool $nationalData the record comes from the national directory extract
     * @return list<RecordProblem>
     * @throws \ValueError for an unknown key, \TypeError for a value that is not a string
     */
    public static function check(array $fields, ?Whitelist $whitelist = null, bool $nationalData = false): array
    {
        $values = array_fill(0, \MSS_RECORD_FIELD_COUNT, null);
        foreach ($fields as $key => $value) {
            $index = self::fieldIndex((string)$key);
            if ($value !== null && !is_string($value)) {
                throw new \TypeError("record field \"$key\" must be a string or null, " . get_debug_type($value) . ' given');
            }
            $values[$index] = $value;
        }
        $res = new \mss_result();
        \mssb_record_check(...[...$values, $whitelist?->handle, $nationalData ? \MSS_RECORD_NATIONAL_DATA : 0, $res]);
        $problems = [];
        for ($i = 0; $i < $res->count; $i++) {
            $field = $res->issue_field($i);
            $problems[] = new RecordProblem(self::FIELDS[$field] ?? '', $res->issue_code($i), $res->issue_offset($i));
        }
        return $problems;
    }

    /** Whether a record has no error (warnings allowed). */
    public static function isValid(array $fields, ?Whitelist $whitelist = null, bool $nationalData = false): bool
    {
        foreach (self::check($fields, $whitelist, $nationalData) as $problem) {
            if (!$problem->isWarning()) {
                return false;
            }
        }
        return true;
    }

    private static function fieldIndex(string $key): int
    {
        static $byKey = null;
        if ($byKey === null) {
            $byKey = [];
            for ($f = 0; $f < \MSS_RECORD_FIELD_COUNT; $f++) {
                $byKey[self::key(\mss_record_field_name($f))] = $f;
                $byKey[self::key(\mss_account_file_column_name($f))] = $f;
            }
        }
        return $byKey[self::key($key)]
            ?? throw new \ValueError("unknown record field \"$key\" (known: " . implode(', ', self::FIELDS) . ')');
    }

    /* The account file's header rule: case, accents, spaces and hyphens do
     * not count. (A table rather than iconv //TRANSLIT, whose result depends
     * on the locale.) */
    private static function key(string $name): string
    {
        static $plain = ['à' => 'a', 'â' => 'a', 'ä' => 'a', 'ç' => 'c', 'é' => 'e', 'è' => 'e', 'ê' => 'e',
                         'ë' => 'e', 'î' => 'i', 'ï' => 'i', 'ô' => 'o', 'ö' => 'o', 'ù' => 'u', 'û' => 'u',
                         'ü' => 'u', 'À' => 'a', 'Â' => 'a', 'Ä' => 'a', 'Ç' => 'c', 'É' => 'e', 'È' => 'e',
                         'Ê' => 'e', 'Ë' => 'e', 'Î' => 'i', 'Ï' => 'i', 'Ô' => 'o', 'Ö' => 'o', 'Ù' => 'u',
                         'Û' => 'u', 'Ü' => 'u', ' ' => '_', '-' => '_'];
        return strtolower(strtr(trim($name), $plain));
    }
}
