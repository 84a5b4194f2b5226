from the script
from -n

exit status 0
-- @@stderr --
