#ifndef KOMUNIKA_CCURL_SHIM_H
#define KOMUNIKA_CCURL_SHIM_H
#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot
// call: one typed function for each kind of value the mail service sets.

static inline CURLcode komunika_curl_global_init(void) { return curl_global_init(CURL_GLOBAL_DEFAULT); }

static inline CURLcode komunika_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}

static inline CURLcode komunika_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}

static inline CURLcode komunika_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}

static inline CURLcode komunika_curl_set_list(CURL *curl, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(curl, option, value);
}

typedef size_t (*komunika_curl_read_callback)(char *buffer, size_t size, size_t count, void *context);

static inline CURLcode komunika_curl_set_read_function(CURL *curl, komunika_curl_read_callback callback) {
    return curl_easy_setopt(curl, CURLOPT_READFUNCTION, callback);
}

typedef int (*komunika_curl_debug_callback)(CURL *curl, curl_infotype type, char *data, size_t size, void *context);

static inline CURLcode komunika_curl_set_debug_function(CURL *curl, komunika_curl_debug_callback callback) {
    return curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, callback);
}

static inline long komunika_curl_response_code(CURL *curl) {
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

#endif
