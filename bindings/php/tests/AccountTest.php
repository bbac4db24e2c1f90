<?php
declare(strict_types=1);

use MssConf\Account;
use MssConf\AccountException;
use MssConf\EnrolRules;
use MssConf\Inactivity;
use MssConf\InvalidDomainException;
use MssConf\Issue;
use MssConf\ValidationException;
use PHPUnit\Framework\TestCase;

final class AccountTest extends TestCase
{
    private const DAY = 86400;

    /** The refusal each condition gives when nothing is known (PER box, no rules, no inactivity). */
    private const REASON_OF_CONDITION = [
        'password_set' => 'MSS_ERR_ACCOUNT_PASSWORD_NOT_SET',
        'info_confirmed' => 'MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED',
        'cgu_accepted' => 'MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED',
        'enrol_rules' => 'MSS_ERR_ENROL_DISABLED',
        'inactivity' => 'MSS_ERR_INACTIVITY_NOT_DUE',
    ];

    /** @return array<string, mixed> every fact true, rules admitting everyone, deletion due */
    private static function allFacts(): array
    {
        return ['password_set' => true, 'info_confirmed' => true, 'cgu_accepted' => true,
                'responsible_account_exists' => true, 'enrol_rules' => new EnrolRules(),
                'candidate' => ['address' => 'dupont.jean@pro.oc.mssante.fr'],
                'last_auth' => 0, 'warned_at' => 335 * self::DAY, 'now' => 366 * self::DAY];
    }

    /** @param list<Issue> $issues @return list<string> */
    private static function names(array $issues): array
    {
        return array_map(fn (Issue $i) => $i->name, $issues);
    }

    public function testEveryStatusAndEventHasItsOutcome(): void
    {
        $table = [];
        foreach (Account::transitions() as $row) {
            $table[$row['from'] . ' ' . $row['event']] = $row;
        }
        $this->assertCount(7, Account::statuses());
        $this->assertCount(10, Account::events());
        foreach (Account::statuses() as $status) {
            foreach (Account::events() as $event) {
                $row = $table["$status $event"] ?? null;
                if ($row === null) {
                    try {
                        Account::next($status, $event, self::allFacts());
                        $this->fail("$status $event allowed");
                    } catch (AccountException $e) {
                        $expected = Account::isTerminal($status) ? 'MSS_ERR_ACCOUNT_TERMINAL' : 'MSS_ERR_ACCOUNT_EVENT_NOT_ALLOWED';
                        $this->assertSame($expected, $e->getName(), "$status $event");
                    }
                    $this->assertNotContains($event, Account::allowedEvents($status));
                    continue;
                }
                $this->assertContains($event, Account::allowedEvents($status));
                $this->assertSame($row['to'], Account::next($status, $event, self::allFacts()), "$status $event");
                $needed = [];
                foreach ($row['conditions'] as $condition) {
                    if (isset(self::REASON_OF_CONDITION[$condition])) {
                        $needed[] = self::REASON_OF_CONDITION[$condition];
                    }
                }
                if ($needed === []) {
                    $this->assertSame($row['to'], Account::next($status, $event));
                    continue;
                }
                try {
                    Account::next($status, $event);
                    $this->fail("$status $event allowed without its facts");
                } catch (AccountException $e) {
                    $reasons = self::names($e->getReasons());
                    $this->assertSame($reasons[0], $e->getName());
                    sort($reasons);
                    sort($needed);
                    $this->assertSame($needed, $reasons, "$status $event");
                }
            }
        }
    }

    public function testOrgBoxNeedsItsResponsibleAccount(): void
    {
        $this->assertSame('PREINSCRIT', Account::next('NONE', 'create', ['bal_type' => 'ORG', 'responsible_account_exists' => true]));
        $this->expectException(AccountException::class);
        $this->expectExceptionCode(MSS_ERR_ACCOUNT_ORG_NEEDS_NOMINATIVE);
        Account::next('NONE', 'create', ['bal_type' => 'ORG']);
    }

    public function testLenientNamesAndLabels(): void
    {
        $this->assertSame('VALIDE', Account::next('à valider', 'Validation',
            ['password_set' => true, 'info_confirmed' => true, 'cgu_accepted' => true]));
        $this->assertSame('SUSPENDU', Account::next(MSS_STATUS_VALIDE, MSS_EVENT_SUSPEND));
        $this->assertSame('A VALIDER', Account::statusLabel('A_VALIDER'));
        $this->assertSame('auto-inscription', Account::eventLabel('self-enrol'));
        $this->assertSame(['reactivate', 'delete', 'inactivity-delete'], Account::allowedEvents('SUSPENDU'));
        $this->assertSame([], Account::allowedEvents('REFUSE'));
    }

    public function testUnknownThings(): void
    {
        foreach ([['EXISTANT', 'create', 'MSS_ERR_ACCOUNT_STATUS_UNKNOWN'],
                  ['VALIDE', 'explode', 'MSS_ERR_ACCOUNT_EVENT_UNKNOWN'],
                  [7, 0, 'MSS_ERR_ACCOUNT_STATUS_UNKNOWN'],
                  ['', 'create', 'MSS_ERR_EMPTY']] as [$status, $event, $name]) {
            try {
                Account::next($status, $event);
                $this->fail('no exception');
            } catch (ValidationException $e) {
                $this->assertSame($name, $e->getName());
            }
        }
        $this->expectException(\ValueError::class);
        Account::next('NONE', 'create', ['pasword_set' => true]);
    }

    public function testSelfEnrolmentFollowsTheRules(): void
    {
        $rules = new EnrolRules(domainsWithSubdomains: ['chu-exemple.fr'], places: ['31'], practices: ['10', 'libéral']);
        $good = ['address' => 'dupont.jean@cardio.chu-exemple.fr', 'postal_code' => '31400', 'profession_code' => '10'];
        $facts = ['password_set' => true, 'info_confirmed' => true, 'cgu_accepted' => true, 'enrol_rules' => $rules];
        $this->assertSame('A_VALIDER', Account::next('NONE', 'self-enrol', $facts + ['candidate' => $good]));
        try {
            Account::next('NONE', 'self-enrol', $facts + ['candidate' => ['postal_code' => '75001'] + $good]);
            $this->fail('no exception');
        } catch (AccountException $e) {
            $this->assertSame(['MSS_ERR_ENROL_PLACE'], self::names($e->getReasons()));
        }
        $this->expectException(\TypeError::class);
        Account::next('NONE', 'self-enrol', ['enrol_rules' => 'chu-exemple.fr']);
    }

    public function testEnrolRulesMatch(): void
    {
        $rules = new EnrolRules(domains: ['chu-exemple.fr'], places: ['2A'], practices: ['Libéral']);
        $this->assertTrue($rules->match(['address' => 'x@chu-exemple.fr', 'postal_code' => '20000', 'category' => 'LIBERAL'])->admitted);
        $decision = $rules->match(['address' => 'x@sub.chu-exemple.fr', 'postal_code' => '20000', 'category' => 'salarié']);
        $this->assertFalse($decision->admitted);
        $this->assertSame(['MSS_ERR_ENROL_DOMAIN', 'MSS_ERR_ENROL_PRACTICE'], self::names($decision->reasons));
        $this->assertSame([0, 2], array_map(fn (Issue $i) => $i->field, $decision->reasons));
        $this->assertTrue((new EnrolRules())->match([])->admitted);
        try {
            new EnrolRules(domains: ['chu..fr']);
            $this->fail('no exception');
        } catch (InvalidDomainException $e) {
            $this->assertSame(4, $e->getOffset());
        }
        $this->expectException(\ValueError::class);
        $rules->match(['adresse' => 'x@chu-exemple.fr']);
    }

    public function testInactivityRule(): void
    {
        $day = self::DAY;
        $this->assertSame('nothing-due', Inactivity::check(0, 334 * $day)->verdict);
        $this->assertSame('warning-due', Inactivity::check(0, 335 * $day)->verdict);
        $this->assertSame('deletion-due', Inactivity::check(0, 365 * $day, 335 * $day)->verdict);
        $r = Inactivity::check(10 * $day, 400 * $day, 5 * $day);
        $this->assertSame('warning-due', $r->verdict);
        $this->assertSame(['MSS_WARN_INACTIVITY_WARNING_OUTDATED'], self::names($r->warnings));
        $this->assertSame('warning-due', Inactivity::check(0, 75 * $day, 0, [90, 15])->verdict);
        $start = new DateTimeImmutable('2024-01-01T00:00:00Z');
        $this->assertSame('warning-due', Inactivity::check($start, $start->modify('+340 days'))->verdict);
        foreach ([[10, 5, 0, null, 'MSS_ERR_INACTIVITY_FUTURE'], [0, 5, 0, [400, 30], 'MSS_ERR_INACTIVITY_POLICY'],
                  [0, 5, 0, [-1, PHP_INT_MAX], 'MSS_ERR_INACTIVITY_POLICY']] as [$last, $now, $warned, $policy, $name]) {
            try {
                Inactivity::check($last, $now, $warned, $policy);
                $this->fail('no exception');
            } catch (AccountException $e) {
                $this->assertSame($name, $e->getName());
            }
        }
        $this->assertSame('SUPPRIME', Account::next('SUSPENDU', 'inactivity-delete',
            ['last_auth' => 0, 'now' => 91 * $day, 'warned_at' => 75 * $day, 'inactivity_policy' => [90, 15]]));
        $this->expectException(\TypeError::class);
        Inactivity::check(0, 5, 0, ['90', 15]);
    }
}
