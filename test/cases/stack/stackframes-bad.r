exit status 1
exit status 1
-- @@stderr --
dtrace: failed to set -x stackframes: Invalid value for specified option
dtrace: invalid probe specifier #pragma D option stackframes=many
BEGIN { stack(); exit(0); }: failed to set option 'stackframes' to 'many': Invalid value for specified option
