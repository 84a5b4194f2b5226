# io:::start and io:::done of a write that goes to a block device: the
# target writes seven pages with O_DIRECT (one request of 28672 bytes) and
# fsyncs them; the request is followed from start to done by its block
# number.  Skipped where this directory is not on a block device.
dev=$(df --output=source . 2>/dev/null | tail -1)
if [ ! -b "$dev" ]; then
	echo "the test directory is not on a block device ($dev)" >&2
	exit 77
fi
f=$(mktemp ./dwrite.XXXXXX)
"$DTRACE" -q -c "$PROGS/dwrite $f 28672" -n '
uint64_t blk;
dev_t edev;
int started, done;

io:::start
/args[0]->b_bcount == 28672 && args[0]->b_flags & B_WRITE && !started/
{
	started = 1;
	blk = args[0]->b_blkno;
	printf("start: write of %d bytes\n", args[0]->b_bcount);
	printf("start: whole buffer %d, device named %d, /dev path %d, major > 0 %d\n",
	    args[0]->b_bufsize == args[0]->b_bcount, args[1]->dev_name != "",
	    args[1]->dev_pathname == strjoin("/dev/", args[1]->dev_name),
	    args[1]->dev_major > 0);
	printf("start: file %s %s %s %s %s %d %d\n", args[2]->fi_name, args[2]->fi_dirname,
	    args[2]->fi_pathname, args[2]->fi_fs, args[2]->fi_mount, args[2]->fi_offset,
	    args[2]->fi_oflags);
	edev = args[0]->b_edev;
}

io:::done
/started && !done && args[0]->b_blkno == blk/
{
	printf("done: %d bytes, same device %d\n", args[0]->b_bcount,
	    args[0]->b_edev == edev &&
	    args[0]->b_edev == (args[1]->dev_major << 20 | args[1]->dev_minor));
	done = 1;
}

END
/!done/
{
	printf("the write was not seen\n");
}'
echo "exit status $?"
rm -f "$f"
