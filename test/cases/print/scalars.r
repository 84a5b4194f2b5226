int 0xa
int 0
int 0xffffffff
char 'A'
char '\0'
char '\012'
char '\37777777777'
unsigned char 0xc8
short 0xfffe
unsigned short 0xffff
unsigned int 0xb2d05e00
long 0xffffffffffffffff
unsigned long long 0x123456789
int8_t '\37777777777'
uint64_t 0x2a
string "foo"
string ""
void * 0
int * 0x10
string "bar"
int 0x3

