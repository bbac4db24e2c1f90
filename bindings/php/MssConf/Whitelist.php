<?php
/* The ANS whitelist of MSSanté domains ("liste blanche"): loaded once, then read-only. */
declare(strict_types=1);

namespace MssConf;

/**
 * A loaded whitelist. Build it with fromFile(), fromString(), fromDomains()
 * or default(); then contains(), lookup(), suggest(), count() and foreach
 * (normalised domains). Pass it to Address::check(), Record::check(),
 * Domain::classify().
 *
 * @implements \IteratorAggregate<int, string>
 */
final class Whitelist implements \Countable, \IteratorAggregate
{
    private static ?self $default = null;

    /**
     * @param ?\mss_whitelist $handle the extension's handle (freed with this
     *        object); null for the built-in list of generic domains
     * @param array{entries: int, added: int, skipped: int, warnings: list<array{issue: Issue,
     *        line: int, column: int, text: string}>} $report what the load did: entries
     *        read, domains added, entries skipped, and the first skipped ones
     */
    private function __construct(public readonly ?\mss_whitelist $handle,
                                 public readonly array $report = ['entries' => 0, 'added' => 0,
                                                                  'skipped' => 0, 'warnings' => []])
    {
    }

    /** Load a file: the ANS XML, or a text list (one domain per line, # comments),
     *  told apart by content. @throws UsageException unreadable file,
     *  WhitelistException not a whitelist (getInputLine(), getInputColumn()) */
    public static function fromFile(string $path): self
    {
        return self::load(fn (\mss_whitelist $wl, \mss_load_info $info) => \mss_whitelist_load_file($wl, $path, $info));
    }

    /** Load the ANS XML or a text list from a string (told apart as fromFile() does). */
    public static function fromString(string $data): self
    {
        return self::load(fn (\mss_whitelist $wl, \mss_load_info $info) => \mssb_whitelist_load_buffer($wl, $data, $info));
    }

    /** @param iterable<string> $domains each normalised; an invalid one throws InvalidDomainException */
    public static function fromDomains(iterable $domains): self
    {
        $lines = [];
        foreach ($domains as $domain) {
            if (!is_string($domain)) {
                throw new \TypeError('a domain is a string, ' . get_debug_type($domain) . ' given');
            }
            $res = new \mss_result();
            [$code] = \mss_domain_normalize($domain, $res);
            ValidationException::throwIfFailed($code, $res);
            $lines[] = $domain;
        }
        // One load of them all: adding one by one rebuilds the table each time.
        return $lines === [] ? new self(new \mss_whitelist()) : self::fromString(implode("\n", $lines));
    }

    /**
     * The process-wide whitelist, loaded once: the file named by the
     * MSSCONF_WHITELIST environment variable (as the mssconf command uses
     * it) or, when unset or empty, the built-in one that knows only the
     * generic Occitanie domains (other *.mssante.fr domains are then
     * "unverified", a warning).
     */
    public static function default(): self
    {
        if (self::$default === null) {
            $path = getenv('MSSCONF_WHITELIST');
            self::$default = is_string($path) && $path !== '' ? self::fromFile($path) : new self(null);
        }
        return self::$default;
    }

    private static function load(callable $load): self
    {
        $handle = new \mss_whitelist();
        $info = new \mss_load_info();
        $code = $load($handle, $info);
        if ($code < 0) {
            throw ValidationException::forCode($code)->atInputPlace((int)$info->line, (int)$info->column);
        }
        $warnings = [];
        for ($i = 0; $i < $info->nnotes; $i++) {
            $warnings[] = ['issue' => new Issue($info->note_code($i)), 'line' => (int)$info->note_line($i),
                           'column' => (int)$info->note_column($i), 'text' => $info->note_text($i)];
        }
        return new self($handle, ['entries' => (int)$info->entries, 'added' => (int)$info->added,
                                  'skipped' => (int)$info->skipped, 'warnings' => $warnings]);
    }

    /** Whether this is the built-in list of generic domains only. */
    public function isBuiltin(): bool
    {
        return $this->handle === null;
    }

    /** The list's DateDeGeneration, or '' when unknown. */
    public function generated(): string
    {
        return $this->handle === null ? '' : \mss_whitelist_generated($this->handle);
    }

    public function count(): int
    {
        return $this->handle === null ? count(self::genericDomains()) : \mss_whitelist_count($this->handle);
    }

    /** @return \Generator<int, string> the listed domains, normalised, in a stable order */
    public function getIterator(): \Generator
    {
        if ($this->handle === null) {
            yield from self::genericDomains();
            return;
        }
        for ($i = 0, $n = $this->count(); $i < $n; $i++) {
            yield \mss_whitelist_entry_domain(\mss_whitelist_entry_at($this->handle, $i));
        }
    }

    /** Exact, case-insensitive membership after IDNA normalisation (no wildcard). */
    public function contains(string $domain): bool
    {
        if (str_contains($domain, "\0")) {
            return false;
        }
        return $this->handle === null ? \mss_domain_is_generic($domain)
                                      : \mss_whitelist_contains($this->handle, $domain);
    }

    /**
     * The entry of a listed domain, or null.
     * @return ?array{domain: string, description: string, updated: string,
     *                operators: list<array{organisation: string, operatorId: string, server: string}>}
     */
    public function lookup(string $domain): ?array
    {
        if (!$this->contains($domain)) {
            return null;
        }
        if ($this->handle === null) {
            return ['domain' => Domain::normalize($domain), 'description' => '', 'updated' => '', 'operators' => []];
        }
        $entry = \mss_whitelist_lookup($this->handle, $domain);
        $operators = [];
        for ($i = 0, $n = \mss_whitelist_entry_operator_count($entry); $i < $n; $i++) {
            [, $organisation, $operatorId] = \mss_whitelist_entry_operator($entry, $i);
            $operators[] = ['organisation' => $organisation ?? '', 'operatorId' => $operatorId ?? '',
                            'server' => \mss_whitelist_entry_operator_server($entry, $i)];
        }
        return ['domain' => \mss_whitelist_entry_domain($entry),
                'description' => \mss_whitelist_entry_description($entry),
                'updated' => \mss_whitelist_entry_updated($entry), 'operators' => $operators];
    }

    /** @return list<string> listed domains close to an unlisted one (typos), closest first */
    public function suggest(string $domain, int $limit = 5): array
    {
        if (str_contains($domain, "\0")) {
            return [];
        }
        if ($this->handle === null) {
            return $this->contains($domain) ? [Domain::normalize($domain)] : [];
        }
        [, $found] = \mss_whitelist_suggest($this->handle, $domain);
        return array_slice($found, 0, max(0, $limit));
    }

    /** @return list<string> */
    private static function genericDomains(): array
    {
        return array_map('mss_generic_domain', [\MSS_STRUCTURE_LIBERALE, \MSS_STRUCTURE_EHPAD,
                                                \MSS_STRUCTURE_SOCIALE, \MSS_STRUCTURE_OTHER]);
    }
}
