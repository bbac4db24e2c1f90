/* Automatic enrolment: a structure's conditions on mail domain, place of
 * practice and kind of practice, and matching a candidate against them. */
#include <medimail/domain.h>
#include <medimail/enrol.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "name_key.h"
#include "postal.h"
#include "result.h"

/* Holds a postal code (5) or a department code (2 or 3) and its NUL. */
#define PLACE_SIZE 6
/* Folded profession codes and categories are short words. */
#define PRACTICE_KEY_SIZE 65

enum { FIELD_ADDRESS = 0, FIELD_POSTAL_CODE = 1, FIELD_PRACTICE = 2 };

typedef struct {
    char name[MSS_DOMAIN_BUFSIZE];
    bool with_subdomains;
} allowed_domain;

typedef struct {
    char code[PLACE_SIZE];
} allowed_place;

typedef struct {
    char key[PRACTICE_KEY_SIZE];
} allowed_practice;

/* A growable array of fixed-size items. */
typedef struct {
    void *items;
    size_t count;
    size_t capacity;
} list;

struct mss_enrol_rules {
    list domains;   /* allowed_domain */
    list places;    /* allowed_place */
    list practices; /* allowed_practice */
};

static int list_push(list *l, const void *item, size_t size)
{
    if (l->count == l->capacity) {
        size_t capacity = l->capacity ? l->capacity * 2 : 8;
        if (capacity > SIZE_MAX / size)
            return MSS_ERR_NO_MEMORY;
        void *grown = realloc(l->items, capacity * size);
        if (!grown)
            return MSS_ERR_NO_MEMORY;
        l->items = grown;
        l->capacity = capacity;
    }
    memcpy((char *)l->items + l->count * size, item, size);
    l->count++;
    return MSS_OK;
}

mss_enrol_rules *mss_enrol_rules_new(void)
{
    return calloc(1, sizeof(mss_enrol_rules));
}

void mss_enrol_rules_free(mss_enrol_rules *rules)
{
    if (!rules)
        return;
    free(rules->domains.items);
    free(rules->places.items);
    free(rules->practices.items);
    free(rules);
}

int mss_enrol_rules_add_domain(mss_enrol_rules *rules, const char *domain, mss_enrol_domain_scope scope,
                               mss_result *res)
{
    mss_result_init(res);
    if (!rules || !domain)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    if (scope != MSS_ENROL_DOMAIN_EXACT && scope != MSS_ENROL_DOMAIN_WITH_SUBDOMAINS)
        return mssi_fail(res, MSS_ERR_INVALID_ARGUMENT, MSS_NO_POSITION);
    allowed_domain d;
    d.with_subdomains = scope == MSS_ENROL_DOMAIN_WITH_SUBDOMAINS;
    int rc = mss_domain_normalize(domain, d.name, sizeof d.name, res);
    if (rc != MSS_OK)
        return rc;
    rc = list_push(&rules->domains, &d, sizeof d);
    return rc == MSS_OK ? MSS_OK : mssi_fail(res, rc, MSS_NO_POSITION);
}

int mss_enrol_rules_add_place(mss_enrol_rules *rules, const char *place, mss_result *res)
{
    mss_result_init(res);
    size_t len;
    if (!rules)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    int rc = mssi_text_check(place, &len, res);
    if (rc != MSS_OK)
        return rc;
    allowed_place p;
    if (len >= PLACE_SIZE)
        return mssi_fail(res, MSS_ERR_ENROL_PLACE_FORMAT, 0);
    for (size_t i = 0; i <= len; i++)
        p.code[i] = (place[i] == 'a' || place[i] == 'b') ? (char)(place[i] - 'a' + 'A') : place[i];
    bool valid = len == 5 ? mssi_postal_code_valid(p.code) : mssi_department_exists(p.code);
    if (!valid)
        return mssi_fail(res, MSS_ERR_ENROL_PLACE_FORMAT, 0);
    rc = list_push(&rules->places, &p, sizeof p);
    return rc == MSS_OK ? MSS_OK : mssi_fail(res, rc, MSS_NO_POSITION);
}

int mss_enrol_rules_add_practice(mss_enrol_rules *rules, const char *practice, mss_result *res)
{
    mss_result_init(res);
    if (!rules)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    allowed_practice p;
    int rc = mssi_name_key(practice, p.key, sizeof p.key, res);
    if (rc == MSS_ERR_BUFFER_TOO_SMALL)
        return mssi_fail(res, MSS_ERR_TOO_LONG, 0);
    if (rc == MSS_OK && p.key[0] == '\0')
        return mssi_fail(res, MSS_ERR_EMPTY, 0);
    if (rc != MSS_OK)
        return rc;
    rc = list_push(&rules->practices, &p, sizeof p);
    return rc == MSS_OK ? MSS_OK : mssi_fail(res, rc, MSS_NO_POSITION);
}

/* Report a criterion's failure, then its cause (if any) shifted to where
 * the checked part starts in the candidate's field. */
static int criterion_fails(mss_result *res, int criterion, size_t field, const mss_result *cause,
                           size_t shift)
{
    mssi_report(res, criterion, MSS_NO_POSITION, field);
    for (unsigned i = 0; cause && i < cause->count; i++) {
        size_t offset = cause->issues[i].offset;
        mssi_report(res, cause->issues[i].code, offset == MSS_NO_POSITION ? offset : offset + shift, field);
    }
    return criterion;
}

static bool domain_allowed(const allowed_domain *d, const char *domain)
{
    if (strcmp(d->name, domain) == 0)
        return true;
    size_t n = strlen(domain), m = strlen(d->name);
    return d->with_subdomains && n > m + 1 && domain[n - m - 1] == '.' && strcmp(domain + n - m, d->name) == 0;
}

static int match_domain(const list *domains, const char *address, mss_result *res)
{
    mss_result cause;
    mss_result_init(&cause);
    size_t len;
    if (mssi_text_check(address, &len, &cause) != MSS_OK)
        return criterion_fails(res, MSS_ERR_ENROL_DOMAIN, FIELD_ADDRESS, &cause, 0);
    const char *at = strrchr(address, '@');
    if (!at) {
        mssi_fail(&cause, MSS_ERR_ADDRESS_NO_AT, MSS_NO_POSITION);
        return criterion_fails(res, MSS_ERR_ENROL_DOMAIN, FIELD_ADDRESS, &cause, 0);
    }
    char domain[MSS_DOMAIN_BUFSIZE];
    size_t shift = (size_t)(at + 1 - address);
    if (mss_domain_normalize(at + 1, domain, sizeof domain, &cause) != MSS_OK)
        return criterion_fails(res, MSS_ERR_ENROL_DOMAIN, FIELD_ADDRESS, &cause, shift);
    const allowed_domain *d = domains->items;
    for (size_t i = 0; i < domains->count; i++)
        if (domain_allowed(&d[i], domain))
            return MSS_OK;
    return criterion_fails(res, MSS_ERR_ENROL_DOMAIN, FIELD_ADDRESS, NULL, 0);
}

static bool place_allowed(const allowed_place *p, const char *postal_code)
{
    if (strlen(p->code) == 5)
        return strcmp(p->code, postal_code) == 0;
    return mssi_postal_code_in_department(postal_code, p->code);
}

static int match_place(const list *places, const char *postal_code, mss_result *res)
{
    mss_result cause;
    mss_result_init(&cause);
    size_t len;
    if (mssi_text_check(postal_code, &len, &cause) != MSS_OK)
        return criterion_fails(res, MSS_ERR_ENROL_PLACE, FIELD_POSTAL_CODE, &cause, 0);
    if (len != 5 || !mssi_postal_code_valid(postal_code)) {
        mssi_fail(&cause, MSS_ERR_ENROL_PLACE_FORMAT, 0);
        return criterion_fails(res, MSS_ERR_ENROL_PLACE, FIELD_POSTAL_CODE, &cause, 0);
    }
    const allowed_place *p = places->items;
    for (size_t i = 0; i < places->count; i++)
        if (place_allowed(&p[i], postal_code))
            return MSS_OK;
    return criterion_fails(res, MSS_ERR_ENROL_PLACE, FIELD_POSTAL_CODE, NULL, 0);
}

static bool practice_listed(const list *practices, const char *value)
{
    char key[PRACTICE_KEY_SIZE];
    if (!value || mssi_name_key(value, key, sizeof key, NULL) != MSS_OK)
        return false;
    const allowed_practice *p = practices->items;
    for (size_t i = 0; i < practices->count; i++)
        if (strcmp(p[i].key, key) == 0)
            return true;
    return false;
}

static int match_practice(const list *practices, const mss_enrol_candidate *c, mss_result *res)
{
    if (practice_listed(practices, c->profession_code) || practice_listed(practices, c->category))
        return MSS_OK;
    return criterion_fails(res, MSS_ERR_ENROL_PRACTICE, FIELD_PRACTICE, NULL, 0);
}

int mss_enrol_match(const mss_enrol_rules *rules, const mss_enrol_candidate *candidate, mss_result *res)
{
    mss_result local;
    if (!res)
        res = &local;
    mss_result_init(res);
    if (!rules || !candidate)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    /* Every criterion is checked so the user learns everything that fails at once. */
    if (rules->domains.count)
        match_domain(&rules->domains, candidate->address, res);
    if (rules->places.count)
        match_place(&rules->places, candidate->postal_code, res);
    if (rules->practices.count)
        match_practice(&rules->practices, candidate, res);
    return res->code;
}
