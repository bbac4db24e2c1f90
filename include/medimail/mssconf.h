/**
 * @file mssconf.h
 * @brief Umbrella header: include this to get the whole libmssconf API.
 *
 * libmssconf checks what connecting a French health structure to MSSanté
 * through Medimail requires: national identifiers, domains and the ANS
 * whitelist, mailbox addresses per type, mailbox records, account statuses,
 * and the bulk files that carry them.
 */
#ifndef MEDIMAIL_MSSCONF_H
#define MEDIMAIL_MSSCONF_H

#include <medimail/account.h>
#include <medimail/account_file.h>
#include <medimail/address.h>
#include <medimail/common.h>
#include <medimail/domain.h>
#include <medimail/enrol.h>
#include <medimail/error.h>
#include <medimail/extract.h>
#include <medimail/ids.h>
#include <medimail/inactivity.h>
#include <medimail/record.h>
#include <medimail/whitelist.h>

#endif
