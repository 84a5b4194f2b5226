struct s {
    int a = 0x1
    char [8] name = [ "ab" ]
    struct inner in = {
        long b = 0x2
        enum color c = GREEN
    }
    int [3] arr = [ 0, 0x7, 0 ]
    unsigned int bf :3 = 0x5
    int bg :5 = 0x1d
    char ch = 'z'
    short sh = 0xfffe
    struct inner [2] two = [ 
        struct inner {
            long b = 0x9
            enum color c = RED
        }, 
        struct inner {
            long b = 0
            enum color c = BLUE
        }
    ]
    void *p = 0
    union u = {
        int i = 0x41
        char [4] c4 = [ "A" ]
    }
    string str = [ "hello" ]
}|
struct inner {
    long b = 0x2
    enum color c = GREEN
}
int [3] [ 0, 0x7, 0 ]
char [8] "ab"
struct inner [2] [ 
    struct inner {
        long b = 0x9
        enum color c = RED
    }, 
    struct inner {
        long b = 0
        enum color c = BLUE
    }
]


