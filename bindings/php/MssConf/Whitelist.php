<?php
/* The ANS whitelist ("liste blanche"): loaded once, then read-only. */
declare(strict_types=1);

namespace MssConf;

final class Whitelist
{
    /** @internal the extension's handle, freed with this object */
    public readonly \mss_whitelist $handle;

    private function __construct()
    {
        $this->handle = new \mss_whitelist();
    }

    /** Load the ANS XML or a text list (one domain per line) from a file. */
    public static function fromFile(string $path): self
    {
        return self::load(fn (\mss_whitelist $wl, \mss_load_info $info) => \mss_whitelist_load_file($wl, $path, $info));
    }

    /** Load the ANS XML from a string. */
    public static function fromXml(string $xml): self
    {
        return self::load(fn (\mss_whitelist $wl, \mss_load_info $info) => \mss_whitelist_load_xml_buffer($wl, $xml, $info));
    }

    /** @param iterable<string> $domains */
    public static function fromDomains(iterable $domains): self
    {
        $wl = new self();
        foreach ($domains as $domain) {
            $res = new \mss_result();
            ValidationException::throwIfFailed(\mss_whitelist_add($wl->handle, $domain, $res), $res);
        }
        return $wl;
    }

    private static function load(callable $load): self
    {
        $wl = new self();
        $info = new \mss_load_info();
        $code = $load($wl->handle, $info);
        if ($code < 0) {
            throw ValidationException::forCode($code, -1, (int)$info->line);
        }
        return $wl;
    }

    public function count(): int
    {
        return \mss_whitelist_count($this->handle);
    }

    /** Exact, case-insensitive membership after IDNA normalisation. */
    public function contains(string $domain): bool
    {
        return !str_contains($domain, "\0") && \mss_whitelist_contains($this->handle, $domain);
    }

    /** @return list<string> listed domains close to an unlisted one, closest first */
    public function suggest(string $domain, int $limit = 5): array
    {
        $found = [];
        for ($rank = 0; $rank < $limit && ($d = $this->handle->suggestion($domain, $rank)) !== null; $rank++) {
            $found[] = $d;
        }
        return $found;
    }
}
