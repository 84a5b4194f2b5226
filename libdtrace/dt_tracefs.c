/*
 * dt_tracefs.c -- where tracefs is (mounted by us when it is not), and how
 * its tracepoint format files read.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include "dt_impl.h"

#define DT_TRACEFS "/sys/kernel/tracing"
#define DT_DEBUGFS_TRACING "/sys/kernel/debug/tracing"

static bool
dt_has_events(const char *dir)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/events", dir);
	return access(path, R_OK | X_OK) == 0;
}

const char *
dt_tracefs(dtrace_hdl_t *dtp)
{
	if (dt_has_events(DT_TRACEFS))
		return DT_TRACEFS;
	if (dt_has_events(DT_DEBUGFS_TRACING))
		return DT_DEBUGFS_TRACING;
	if (mount("nodev", DT_TRACEFS, "tracefs", 0, NULL) == 0 && dt_has_events(DT_TRACEFS)) {
		dtp->tracefs_mounted_by_us = 1;
		return DT_TRACEFS;
	}
	dt_set_errmsg(dtp, "tracefs is not mounted at %s and could not be mounted: %s",
		      DT_TRACEFS, strerror(errno));
	return NULL;
}

/* Is GROUP:EVENT a trace event of this kernel (false when tracefs is not there)? */
bool
dt_tracefs_event_exists(dtrace_hdl_t *dtp, const char *group, const char *event)
{
	const char *tfs = dt_tracefs(dtp);
	char path[512];

	if (tfs == NULL)
		return false;
	snprintf(path, sizeof(path), "%s/events/%s/%s", tfs, group, event);
	return access(path, F_OK) == 0;
}

/*
 * One "field:TYPE NAME;" line of a tracepoint's format file: the type and
 * the name, NUL-terminated in place.  0 if the line is not a field.
 */
int
dt_tp_format_field(char *line, char **type, char **name)
{
	char *p = strstr(line, "field:"), *end, *n;

	if (p == NULL || (end = strchr(p, ';')) == NULL)
		return 0;
	p += 6;
	*end = '\0';
	while (end > p && end[-1] == ' ')
		*--end = '\0';
	n = end;
	while (n > p && (n[-1] == '_' || (n[-1] >= 'a' && n[-1] <= 'z') ||
			 (n[-1] >= 'A' && n[-1] <= 'Z') || (n[-1] >= '0' && n[-1] <= '9')))
		n--;
	if (n == p || n == end)
		return 0;
	*name = n;
	while (n > p && n[-1] == ' ')
		n--;
	*n = '\0';
	*type = p;
	return 1;
}
