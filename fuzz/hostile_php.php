<?php
/*
 * Hostile calls at the PHP binding (issue 8), driven by hostile_php.py.
 *   php -d extension=... hostile_php.php LAYER --list     targets, one a line
 *   php -d extension=... hostile_php.php LAYER TARGET N   N calls per function
 * A target is a class of the MssConf layer (its public methods, static or on
 * an instance built without arguments) or a slice of the extension's
 * functions. Every call must return or throw: a crash or a PHP fatal error
 * ends the process and the driver reports it. Prints "calls N" at the end.
 */
declare(strict_types=1);

require $argv[1];

const SLICE = 25;

function hostile_values(): array
{
    return [null, '', ' ', "\0", "a\0b", "\xff\xfe", "\xed\xa0\x80", "\u{202e}", "\x1b[2J",
            str_repeat('é', 5000), str_repeat('9', 100000), str_repeat('@', 300), 'xn--oth.fr',
            '123456782', '2A0001236', '10000123454', '810000123454', 'dupont.jean@pro.oc.mssante.fr',
            'pro.oc.mssante.fr', "h\u{f4}pital.mssante.fr", 'PER', 'ORG', 'PREINSCRIT', 'create', 'fr',
            '/nonexistent', '/dev/null', '/', 0, -1, 1, 99, PHP_INT_MAX, PHP_INT_MIN, 1.5, NAN, INF,
            true, false, [], ['123456782'], ['type' => 'PER', 'address' => "\0"], [[[]]],
            new stdClass(), new ArrayObject([])];
}

function targets(): array
{
    $t = [];
    foreach (get_declared_classes() as $c) {
        if (str_starts_with($c, 'MssConf\\') && !is_subclass_of($c, Throwable::class)) {
            $t[] = $c;
        }
    }
    $funcs = get_extension_funcs('mssconf') ?: [];
    sort($funcs);
    for ($i = 0; $i < count($funcs); $i += SLICE) {
        $t[] = 'ext:' . $i;
    }
    return $t;
}

function callables(string $target): array
{
    if (str_starts_with($target, 'ext:')) {
        $funcs = get_extension_funcs('mssconf') ?: [];
        sort($funcs);
        $out = [];
        foreach (array_slice($funcs, (int)substr($target, 4), SLICE) as $f) {
            $out[$f] = [$f, (new ReflectionFunction($f))->getNumberOfParameters()];
        }
        return $out;
    }
    $class = new ReflectionClass($target);
    $out = [];
    $instance = null;
    if ($class->isInstantiable()) {
        try {
            $instance = $class->newInstance();
        } catch (Throwable) {
            $instance = null;
        }
        $out[$target . '::__construct'] = [fn (...$a) => $class->newInstanceArgs($a),
                                           $class->getConstructor()?->getNumberOfParameters() ?? 0];
    }
    foreach ($class->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
        if ($m->isConstructor() || str_starts_with($m->getName(), '__')) {
            continue;
        }
        if ($m->isStatic()) {
            $out[$target . '::' . $m->getName()] = [[$target, $m->getName()], $m->getNumberOfParameters()];
        } elseif ($instance !== null) {
            $out[$target . '->' . $m->getName()] = [[$instance, $m->getName()], $m->getNumberOfParameters()];
        }
    }
    return $out;
}

if (($argv[2] ?? '') === '--list') {
    echo implode("\n", targets()), "\n";
    exit(0);
}
mt_srand(crc32($argv[2]));
$values = hostile_values();
$calls = 0;
$trace = getenv('HOSTILE_TRACE') !== false;
foreach (callables($argv[2]) as $name => [$fn, $arity]) {
    for ($i = 0; $i < (int)$argv[3]; $i++) {
        $n = $i % 7 ? $arity : mt_rand(0, $arity + 2);
        $args = [];
        for ($k = 0; $k < $n; $k++) {
            $args[] = $values[mt_rand(0, count($values) - 1)];
        }
        $calls++;
        if ($trace) {
            fwrite(STDERR, $name . ' ' . substr(var_export($args, true), 0, 300) . "\n");
        }
        try {
            $fn(...$args);
        } catch (Throwable) {
            // any exception or error is a clean refusal
        }
    }
}
echo "calls $calls\n";
