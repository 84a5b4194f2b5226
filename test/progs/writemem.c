/*
 * writemem: write(2) one 40-byte buffer of known contents to /dev/null, so
 * that probes on write() find user memory whose bytes they know at arg1:
 * the text "memory test, 0123456789" (23 bytes), then the bytes 0x00 to
 * 0x10 (17 bytes, unprintable and so dumped as dots).
 */
#include <fcntl.h>
#include <unistd.h>

int main(void)
{
	unsigned char buf[40] = "memory test, 0123456789";
	int fd = open("/dev/null", O_WRONLY);

	for (int i = 0; i < 17; i++)
		buf[23 + i] = (unsigned char)i;
	if (fd < 0)
		return 1;
	if (write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf))
		return 1;
	close(fd);
	return 0;
}
