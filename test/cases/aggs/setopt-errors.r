still tracing

-- @@stderr --
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): failed to set option 'nosuchoption' to '1': Invalid option name
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): failed to set option 'aggsortpos' to 'first': Invalid value for specified option
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): failed to set option 'bufsize' to '1m': Operation illegal when tracing is active
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): failed to set option 'nosuchflag': Invalid option name
