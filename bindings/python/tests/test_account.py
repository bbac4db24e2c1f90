"""Account life cycle (every status × event), automatic enrolment, inactivity."""

import datetime

import pytest

import mssconf
from mssconf import _binding as c, account, inactivity
from mssconf.enrol import Candidate, EnrolRules

DAY = 86400
ALL_FACTS = dict(password_set=True, info_confirmed=True, cgu_accepted=True,
                 responsible_account_exists=True, enrol_rules=EnrolRules(),
                 candidate=Candidate(address='dupont.jean@pro.oc.mssante.fr'),
                 last_auth=0, warned_at=335 * DAY, now=366 * DAY)
# The refusal each condition gives when nothing is known (PER box, no
# enrolment rules, no inactivity at all).
REASON_OF_CONDITION = {
    'password_set': 'MSS_ERR_ACCOUNT_PASSWORD_NOT_SET',
    'info_confirmed': 'MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED',
    'cgu_accepted': 'MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED',
    'enrol_rules': 'MSS_ERR_ENROL_DISABLED',
    'inactivity': 'MSS_ERR_INACTIVITY_NOT_DUE',
}
TABLE = {(t.from_status, t.event): t for t in account.transitions()}


def test_listings():
    assert account.STATUSES == ('NONE', 'PREINSCRIT', 'A_VALIDER', 'VALIDE', 'SUSPENDU',
                                'REFUSE', 'SUPPRIME')
    assert account.EVENTS[0] == 'create' and account.EVENTS[-1] == 'inactivity-delete'
    assert len(account.EVENTS) == c.MSS_ACCOUNT_EVENT_COUNT
    assert TABLE[('PREINSCRIT', 'finalise')].to_status == 'VALIDE'
    assert TABLE[('PREINSCRIT', 'finalise')].conditions == ('password_set', 'info_confirmed',
                                                           'cgu_accepted')
    named = {name for t in TABLE.values() for name in t.conditions}
    assert named == set(REASON_OF_CONDITION) | {'responsible_account_exists'}


@pytest.mark.parametrize('status', account.STATUSES)
@pytest.mark.parametrize('event', account.EVENTS)
def test_every_pair_has_its_outcome(status, event):
    row = TABLE.get((status, event))
    if row is None:
        with pytest.raises(mssconf.AccountError) as info:
            account.next_status(status, event, **ALL_FACTS)
        expected = 'MSS_ERR_ACCOUNT_TERMINAL' if account.is_terminal(status) \
            else 'MSS_ERR_ACCOUNT_EVENT_NOT_ALLOWED'
        assert info.value.name == expected
        assert event not in account.allowed_events(status)
        return
    assert event in account.allowed_events(status)
    assert account.next_status(status, event, **ALL_FACTS) == row.to_status
    needed = [REASON_OF_CONDITION[name] for name in row.conditions if name in REASON_OF_CONDITION]
    if not needed:
        assert account.next_status(status, event) == row.to_status
        return
    with pytest.raises(mssconf.AccountError) as info:
        account.next_status(status, event)
    reasons = [r.name for r in info.value.reasons]
    assert sorted(reasons) == sorted(needed)
    assert info.value.name == reasons[0]


def test_org_box_needs_its_responsible_account():
    with pytest.raises(mssconf.AccountError) as info:
        account.next_status('NONE', 'create', bal_type='ORG')
    assert info.value.name == 'MSS_ERR_ACCOUNT_ORG_NEEDS_NOMINATIVE'
    assert account.next_status('NONE', 'create', bal_type='ORG',
                               responsible_account_exists=True) == 'PREINSCRIT'
    assert account.next_status('NONE', 'create', bal_type='PER') == 'PREINSCRIT'


def test_lenient_names_and_numbers():
    assert account.next_status('à valider', 'Validation', password_set=True, info_confirmed=True,
                               cgu_accepted=True) == 'VALIDE'
    assert account.next_status(c.MSS_STATUS_VALIDE, c.MSS_EVENT_SUSPEND) == 'SUSPENDU'
    assert account.status_label('A_VALIDER') == 'A VALIDER'
    assert account.event_label('self-enrol') == 'auto-inscription'
    assert account.status_description('VALIDE', 'en') != account.status_description('VALIDE')
    assert account.event_description('finalise')
    assert account.is_terminal('SUPPRIME') and not account.is_terminal('SUSPENDU')
    assert account.allowed_events('REFUSE') == []


@pytest.mark.parametrize('status, event, name', [
    ('EXISTANT', 'create', 'MSS_ERR_ACCOUNT_STATUS_UNKNOWN'),
    ('VALIDE', 'explode', 'MSS_ERR_ACCOUNT_EVENT_UNKNOWN'),
    (7, 0, 'MSS_ERR_ACCOUNT_STATUS_UNKNOWN'),
    (0, -1, 'MSS_ERR_ACCOUNT_EVENT_UNKNOWN'),
    ('', 'create', 'MSS_ERR_EMPTY'),
])
def test_unknown_status_or_event(status, event, name):
    with pytest.raises(mssconf.ValidationError) as info:
        account.next_status(status, event)
    assert info.value.name == name


@pytest.mark.parametrize('junk', [None, 1.5, b'VALIDE', ['VALIDE']])
def test_wrong_types(junk):
    with pytest.raises(TypeError):
        account.next_status(junk, 'delete')
    with pytest.raises(TypeError):
        account.allowed_events(junk)


def test_self_enrolment_follows_the_rules():
    rules = EnrolRules(domains_with_subdomains=['chu-exemple.fr'], places=['31'],
                       practices=['10', 'libéral'])
    good = {'address': 'dupont.jean@cardio.chu-exemple.fr', 'postal_code': '31400',
            'profession_code': '10'}
    facts = dict(password_set=True, info_confirmed=True, cgu_accepted=True)
    assert account.next_status('NONE', 'self-enrol', enrol_rules=rules, candidate=good,
                               **facts) == 'A_VALIDER'
    with pytest.raises(mssconf.AccountError) as info:
        account.next_status('NONE', 'self-enrol', enrol_rules=rules,
                            candidate=dict(good, postal_code='75001'), **facts)
    assert [r.name for r in info.value.reasons] == ['MSS_ERR_ENROL_PLACE']
    with pytest.raises(mssconf.AccountError) as info:
        account.next_status('NONE', 'self-enrol', candidate=good, **facts)
    assert info.value.name == 'MSS_ERR_ENROL_DISABLED'
    with pytest.raises(TypeError):
        account.next_status('NONE', 'self-enrol', enrol_rules='chu-exemple.fr', **facts)


def test_enrol_rules_match():
    rules = EnrolRules(domains=['chu-exemple.fr'], places=['2A'], practices=['Libéral'])
    assert rules.match(address='x@chu-exemple.fr', postal_code='20000', category='LIBERAL').admitted
    decision = rules.match(Candidate(address='x@sub.chu-exemple.fr', postal_code='20000',
                                     category='salarié'))
    assert not decision.admitted
    assert [(r.name, r.field) for r in decision.reasons] == [('MSS_ERR_ENROL_DOMAIN', 0),
                                                             ('MSS_ERR_ENROL_PRACTICE', 2)]
    decision = rules.match(address='sans-arobase', postal_code='2A000', category='libéral')
    assert [r.name for r in decision.reasons] == ['MSS_ERR_ENROL_DOMAIN', 'MSS_ERR_ADDRESS_NO_AT',
                                                  'MSS_ERR_ENROL_PLACE',
                                                  'MSS_ERR_ENROL_PLACE_FORMAT']
    assert EnrolRules().match().admitted  # no criterion admits everyone


def test_enrol_rules_refuse_bad_values():
    with pytest.raises(mssconf.InvalidDomain) as info:
        EnrolRules(domains=['chu..fr'])
    assert info.value.offset == 4
    with pytest.raises(mssconf.AccountError) as info:
        EnrolRules(places=['3100'])
    assert info.value.name == 'MSS_ERR_ENROL_PLACE_FORMAT'
    with pytest.raises(TypeError):
        EnrolRules(domains='chu-exemple.fr')
    with pytest.raises(mssconf.InvalidType):
        EnrolRules(practices=[None])
    with pytest.raises(TypeError):
        EnrolRules().match(['x@y.fr'])


def test_inactivity_rule():
    assert inactivity.check(0, 334 * DAY).verdict == 'nothing-due'
    assert inactivity.check(0, 335 * DAY).verdict == 'warning-due'
    assert inactivity.check(0, 364 * DAY, warned_at=335 * DAY).verdict == 'nothing-due'
    assert inactivity.check(0, 365 * DAY, warned_at=335 * DAY).verdict == 'deletion-due'
    # A late warning still protects the user for the whole notice.
    assert inactivity.check(0, 380 * DAY, warned_at=360 * DAY).verdict == 'nothing-due'
    # A warning before the last authentication is void.
    r = inactivity.check(10 * DAY, 400 * DAY, warned_at=5 * DAY)
    assert r.verdict == 'warning-due'
    assert [w.name for w in r.warnings] == ['MSS_WARN_INACTIVITY_WARNING_OUTDATED']
    short = inactivity.Policy(max_inactive_days=90, notice_days=15)
    assert inactivity.check(0, 75 * DAY, policy=short).verdict == 'warning-due'


def test_inactivity_times_as_datetimes():
    utc = datetime.timezone.utc
    start = datetime.datetime(2024, 1, 1, tzinfo=utc)
    assert inactivity.check(start, start + datetime.timedelta(days=340)).verdict == 'warning-due'
    with pytest.raises(ValueError):
        inactivity.check(datetime.datetime(2024, 1, 1), 0)
    with pytest.raises(TypeError):
        inactivity.check('2024-01-01', 0)


@pytest.mark.parametrize('kwargs, name', [
    (dict(last_auth=10, now=5), 'MSS_ERR_INACTIVITY_FUTURE'),
    (dict(last_auth=0, now=5, warned_at=6), 'MSS_ERR_INACTIVITY_FUTURE'),
    (dict(last_auth=0, now=5, policy=inactivity.Policy(400, 30)), 'MSS_ERR_INACTIVITY_POLICY'),
    (dict(last_auth=0, now=5, policy=inactivity.Policy(30, 30)), 'MSS_ERR_INACTIVITY_POLICY'),
    (dict(last_auth=0, now=5, policy=inactivity.Policy(-1, 2 ** 40)), 'MSS_ERR_INACTIVITY_POLICY'),
])
def test_inactivity_errors(kwargs, name):
    with pytest.raises(mssconf.AccountError) as info:
        inactivity.check(**kwargs)
    assert info.value.name == name


def test_inactivity_deletion_through_the_account():
    with pytest.raises(mssconf.AccountError) as info:
        account.next_status('VALIDE', 'inactivity-delete', last_auth=0, now=400 * DAY)
    assert info.value.name == 'MSS_ERR_INACTIVITY_NOT_WARNED'
    with pytest.raises(mssconf.AccountError) as info:
        account.next_status('VALIDE', 'inactivity-delete', last_auth=0, now=370 * DAY,
                            warned_at=350 * DAY)
    assert info.value.name == 'MSS_ERR_INACTIVITY_NOT_DUE'
    assert account.next_status('SUSPENDU', 'inactivity-delete', last_auth=0, now=91 * DAY,
                               warned_at=75 * DAY,
                               inactivity_policy=inactivity.Policy(90, 15)) == 'SUPPRIME'
