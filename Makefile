# PGXS build: `make`, `make install`, `make installcheck` (needs a running server).
# CMakeLists.txt builds the same sources plus the Postgres-free unit tests.

EXTENSION  = flaqes
MODULE_big = flaqes
DATA       = $(wildcard flaqes--*.sql)

SOURCES = $(sort $(wildcard src/core/*.cpp src/core/*/*.cpp src/core/*/*/*.cpp src/pg/*.cpp))
OBJS    = $(SOURCES:.cpp=.o)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
PG_INCLUDEDIR_SERVER := $(shell $(PG_CONFIG) --includedir-server)

# Our code builds with -Werror; Postgres headers are system headers so their warnings stay theirs.
PG_CPPFLAGS = -Isrc -isystem $(PG_INCLUDEDIR_SERVER)
# -MMD: objects depend on the headers they include (PGXS tracks only .c files).
PG_CXXFLAGS = -std=c++17 -Wall -Wextra -Werror -fPIC -MMD -MP $(FLAQES_EXTRA_CXXFLAGS)
SHLIB_LINK  = -lfmt -lstdc++ $(FLAQES_EXTRA_LDFLAGS)

REGRESS_SCHEDULE = test/regress/schedule
EXTRA_CLEAN = results regression.diffs regression.out output_iso $(OBJS:.o=.d)

# No JIT bitcode: it would need a clang matching the server's LLVM, and buys nothing here.
# (Must precede the include: PGXS decides on bitcode rules while it is read.)
override with_llvm = no

include $(PGXS)

# Header dependencies (-MMD above): PGXS tracks them only for servers built with --enable-depend,
# and a stale object after a header change is undefined behaviour, not just a stale build.
-include $(OBJS:.o=.d)

# PGXS only defines installcheck for a plain REGRESS list; we run a schedule instead.
.PHONY: installcheck
installcheck:
	$(pg_regress_installcheck) --inputdir=. --schedule=$(REGRESS_SCHEDULE) --dbname=flaqes_regression $(REGRESS_OPTS)
