#ifndef KOMUNIKA_CZEROMQ_SHIM_H
#define KOMUNIKA_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
