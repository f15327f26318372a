// Image loader that decodes a header into a scratch arena on the stack; uses the header after the arena's scope ended.
// load_image() opens an inner scope with a stack buffer and a monotonic_buffer_resource
// for temporary decoding work. parse_header() allocates the ImageHeader from that
// resource; the pointer escapes the scope and is read after the buffer went away.
// asan: stack-use-after-scope
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory_resource>
#include <new>

struct ImageHeader {
  std::uint32_t width;
  std::uint32_t height;
  std::uint16_t channels;
  std::uint16_t bit_depth;
};

static ImageHeader* parse_header(const unsigned char* data, std::pmr::memory_resource* mr) {
  void* mem = mr->allocate(sizeof(ImageHeader), alignof(ImageHeader));
  auto* h = new (mem) ImageHeader{};
  h->width = data[0] | (data[1] << 8);
  h->height = data[2] | (data[3] << 8);
  h->channels = data[4];
  h->bit_depth = data[5];
  return h;
}

static std::size_t decode_rows(const ImageHeader* h, std::pmr::memory_resource* mr) {
  std::size_t stride = static_cast<std::size_t>(h->width) * h->channels * (h->bit_depth / 8);
  std::pmr::vector<unsigned char> row(stride, 0, mr);
  return stride * h->height;
}

static std::size_t load_image(const unsigned char* file) {
  const ImageHeader* header = nullptr;
  std::size_t pixels_bytes = 0;
  {
    alignas(std::max_align_t) unsigned char scratch[2048];
    std::pmr::monotonic_buffer_resource arena(scratch, sizeof scratch,
                                              std::pmr::null_memory_resource());
    header = parse_header(file, &arena);
    pixels_bytes = decode_rows(header, &arena);
  }
  std::printf("decoded %u x %u\n", header->width, header->height);  // BUG: header lived in the scratch arena
  return pixels_bytes;
}

int main() {
  const unsigned char file[] = {64, 0, 32, 0, 3, 8, 0, 0};
  std::size_t n = load_image(file);
  std::printf("%zu bytes of pixels\n", n);
  return 0;
}
