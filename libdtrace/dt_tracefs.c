/*
 * dt_tracefs.c -- where tracefs is; mounted by us when it is not.
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
