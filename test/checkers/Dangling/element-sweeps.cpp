// A range-for (or a `for` loop over an iterator from begin() or over an
// index from 0 to size(), a range-for whose structured binding names the
// pointer, std::for_each over a whole container) whose every turn deletes
// (or frees) the pointer it read out of a container of raw pointers, run to
// its end, ended every object the container points to. A pointer to one
// of them read again -- out of the
// same container, or out of another one it was also given (in braces, by
// push_back, from an element of the first) -- is used after its end. The
// loop may be spelled in a helper, a template or a macro.
//
// A loop whose every turn reads through its element, over a container that
// surely holds a pointer to an object deleted before the loop began (a
// second list the deletion did not update), reads that object in some
// turn.
//
// Near misses: the container cleared or refilled before it is read again;
// a loop that deletes under a condition or stops at a break (which objects
// ended depends on the data); a loop that nulls each element it deleted; a
// loop that only reads its elements; a container whose contents are not
// known (a parameter's).
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -I%S/Inputs -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -I%S/Inputs -Xclang -verify %s

#include <cstdlib>
#include <string>
#include <vector>

struct Texture {
  int id;
  unsigned char *pixels;
};

static Texture *loadTexture(int id) {
  return new Texture{id, new unsigned char[16]()};
}

static void unload(Texture *t) {
  delete[] t->pixels; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
  delete t;
}

// Two lists own the same texture: the second cleanup reads a deleted one.
int sharedTextureUnloadedTwice() {
  std::vector<Texture *> all;
  Texture *shared = loadTexture(1);
  all.push_back(shared);
  all.push_back(loadTexture(2));
  std::vector<Texture *> hud{shared}; // expected-note{{Stored a pointer to a heap object in 'hud'}}
  int sum = 0;
  for (Texture *t : all)
    sum += t->id;
  for (Texture *t : all)
    unload(t);
  // expected-note@+1{{Every element of 'all' was deleted by the loop above}}
  for (Texture *t : hud)
    unload(t); // expected-note{{'t' now points to a heap object}} expected-note{{Calling 'unload'}}
  return sum;
}

struct Job {
  std::string name;
  int priority = 0;
};

int firstAfterDeleteAll() {
  std::vector<Job *> jobs{new Job{"a"}, new Job{"b"}}; // expected-note{{Stored a pointer to a heap object in 'jobs'}}
  for (Job *j : jobs)
    delete j;
  // expected-note@+1{{Every element of 'jobs' was deleted by the loop above}}
  return jobs.front()->priority; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

template <typename T> void destroyAll(std::vector<T *> &items) {
  for (T *item : items)
    delete item;
}

int deletedByTemplateHelper() {
  std::vector<Job *> jobs;
  Job *urgent = new Job{"urgent", 9}; // expected-note{{'urgent' now points to a heap object}}
  jobs.push_back(urgent);
  jobs.push_back(new Job{"later"});
  // (The loop ends the function: no statement after it to tell it at.)
  destroyAll(jobs);
  return urgent->priority; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

#define FREE_EACH(list)                                                        \
  for (char *each_ : list)                                                     \
    std::free(each_)

char firstNameFreedByMacro() {
  std::vector<char *> names;
  char *first = static_cast<char *>(std::malloc(8)); // expected-note{{'first' now points to the object}}
  first[0] = 'a';
  names.push_back(first);
  names.push_back(static_cast<char *>(std::malloc(8)));
  FREE_EACH(names);
  // expected-note@+1{{Every element of 'names' was freed by the loop above}}
  return first[0]; // expected-warning{{use of the object 'first' points to after it was freed}} expected-note{{use of the object 'first' points to after it was freed}}
}

struct Observer {
  int seen = 0;
};

int notifyAfterUnsubscribe() {
  std::vector<Observer *> owned;
  std::vector<Observer *> listeners;
  Observer *logger = new Observer;
  Observer *meter = new Observer;
  owned.push_back(logger);
  owned.push_back(meter);
  listeners.push_back(logger); // expected-note{{Stored a pointer to a heap object in 'listeners'}}
  listeners.push_back(meter);
  delete logger; // expected-note{{Object deleted here}}
  int total = 0;
  for (Observer *o : listeners) // expected-note{{'o' now points to a heap object}}
    total += ++o->seen; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
  return total;
}

#include <map>

int deletedThroughIterators() {
  std::vector<Job *> jobs;
  Job *urgent = new Job{"urgent", 9}; // expected-note{{'urgent' now points to a heap object}}
  jobs.push_back(urgent);
  jobs.push_back(new Job{"later"});
  for (auto it = jobs.begin(); it != jobs.end(); ++it) // expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Loop condition is false. Execution continues on line 134}}
    delete *it;
  // expected-note@+1{{Every element of 'jobs' was deleted by the loop above}}
  return urgent->priority; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

int pluginsUnloadedByBinding() {
  std::map<int, Job *> plugins;
  Job *audio = new Job{"audio", 1}; // expected-note{{'audio' now points to a heap object}}
  plugins[1] = audio;
  plugins[2] = new Job{"video", 2};
  for (auto &[id, plugin] : plugins)
    delete plugin;
  // expected-note@+1{{Every element of 'plugins' was deleted by the loop above}}
  return audio->priority; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

int readThroughIteratorsAfterDelete() {
  std::vector<Observer *> listeners;
  Observer *logger = new Observer;
  listeners.push_back(logger); // expected-note{{Stored a pointer to a heap object in 'listeners'}}
  listeners.push_back(new Observer);
  delete logger; // expected-note{{Object deleted here}}
  int total = 0;
  for (auto it = listeners.begin(); it != listeners.end(); ++it) // expected-note{{Loop condition is true.  Entering loop body}}
    total += (*it)->seen; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
  return total;
}

struct Scene {
  std::vector<Job *> layers_;
  Job *background_ = nullptr;
  void unloadAll() {
    for (std::size_t i = 0; i < layers_.size(); ++i)
      delete layers_[i];
  }
  int backgroundPriority() const { return background_->priority; } // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
};

int sceneAfterUnloadByIndex() {
  Scene scene;
  scene.background_ = new Job{"background"}; // expected-note{{'scene.background_' now points to a heap object}}
  scene.layers_.push_back(scene.background_);
  scene.layers_.push_back(new Job{"sprites", 1});
  scene.unloadAll();
  return scene.backgroundPriority(); // expected-note{{Calling 'Scene::backgroundPriority'}}
}

char freedByIndexUpToSize() {
  char *label = static_cast<char *>(std::calloc(4, 1)); // expected-note{{'label' now points to the object}}
  std::vector<char *> names{static_cast<char *>(std::calloc(4, 1)), label};
  const std::size_t count = names.size();
  // expected-note@+2{{Assuming 'i' is not equal to 'count'}} expected-note@+2{{Loop condition is true.  Entering loop body}}
  // expected-note@+1{{Assuming 'i' is equal to 'count'}} expected-note@+1{{Loop condition is false. Execution continues on line 188}}
  for (std::size_t i = 0; i != count; i++)
    std::free(names.at(i));
  // expected-note@+1{{Every element of 'names' was freed by the loop above}}
  return label[0]; // expected-warning{{use of the object 'label' points to after it was freed}} expected-note{{use of the object 'label' points to after it was freed}}
}

template <typename T> void deleteByIndex(std::vector<T *> &items) {
  for (typename std::vector<T *>::size_type i = 0; i < items.size(); i += 1)
    delete items[i];
}

int deletedByIndexInTemplate() {
  std::vector<Observer *> listeners;
  Observer *logger = new Observer; // expected-note{{'logger' now points to a heap object}}
  listeners.push_back(logger);
  listeners.push_back(new Observer);
  deleteByIndex(listeners);
  return logger->seen; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

int readByIndexAfterDelete() {
  std::vector<Job *> jobs;
  Job *urgent = new Job{"urgent", 9};
  jobs.push_back(urgent); // expected-note{{Stored a pointer to a heap object in 'jobs'}}
  jobs.push_back(new Job{"later"});
  delete urgent; // expected-note{{Object deleted here}}
  int total = 0;
  for (std::size_t i = 0; i < jobs.size(); ++i) // expected-note{{Loop condition is true.  Entering loop body}}
    if (jobs[i]->priority > 5) // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
      ++total;
  return total;
}

#include <algorithm>

int deletedByForEachLambda() {
  std::vector<Job *> jobs;
  jobs.push_back(new Job{"spec", 3}); // expected-note{{Stored a pointer to a heap object in 'jobs'}}
  jobs.push_back(new Job{"review", 2});
  std::for_each(jobs.begin(), jobs.end(), [](Job *j) { delete j; }); // expected-note{{Calling 'for_each<}} expected-note{{Returning from 'for_each<}}
  // expected-note@bits/stl_algo.h:* 2 {{Loop condition is true.  Entering loop body}}
  // expected-note@bits/stl_algo.h:* 2 {{Loop condition is false. Execution continues on line}}
  // expected-note@bits/stl_algo.h:* {{Every element of 'jobs' was deleted by 'std::for_each'}}
  int total = 0;
  for (std::size_t i = 0; i < jobs.size(); ++i) // expected-note{{Loop condition is true.  Entering loop body}}
    total += jobs[i]->priority; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
  return total;
}

static void retire(Observer *o) { delete o; }

int deletedByForEachFunction() {
  std::vector<Observer *> listeners;
  Observer *meter = new Observer; // expected-note{{'meter' now points to a heap object}}
  listeners.push_back(new Observer);
  listeners.push_back(meter);
  std::for_each(std::begin(listeners), std::end(listeners), retire); // expected-note{{Calling 'for_each<}} expected-note{{Returning from 'for_each<}}
  // expected-note@bits/stl_algo.h:* {{Every element of 'listeners' was deleted by 'std::for_each'}}
  return meter->seen; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

// Near misses.

int firstKeptByIndex() {
  Job *first = new Job{"first", 1};
  std::vector<Job *> jobs{first, new Job{"b"}};
  for (std::size_t i = 1; i < jobs.size(); ++i)
    delete jobs[i];
  int p = first->priority;
  delete first;
  return p;
}

int everyOtherByIndex() {
  Job *second = new Job{"second", 2};
  std::vector<Job *> jobs{new Job{"a"}, second};
  for (std::size_t i = 0; i < jobs.size(); i += 2)
    delete jobs[i];
  int p = second->priority;
  delete second;
  return p;
}

int deletedByIndexUnderCondition(Job *keep) {
  std::vector<Job *> jobs{keep, new Job{"b"}};
  for (std::size_t i = 0; i < jobs.size(); ++i)
    if (jobs[i] != keep)
      delete jobs[i];
  return keep->priority;
}

int deletedAndNulledByIndex() {
  std::vector<Job *> jobs{new Job{"a"}, new Job{"b"}};
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    delete jobs[i];
    jobs[i] = nullptr;
  }
  int alive = 0;
  for (std::size_t i = 0; i < jobs.size(); ++i)
    if (jobs[i])
      alive += jobs[i]->priority;
  return alive;
}

int forEachOverPartOfTheList() {
  Job *first = new Job{"first", 1};
  std::vector<Job *> jobs{first, new Job{"b"}};
  std::for_each(jobs.begin() + 1, jobs.end(), [](Job *j) { delete j; });
  int p = first->priority;
  delete first;
  return p;
}

int forEachDeletingUnderCondition(Job *keep) {
  std::vector<Job *> jobs{keep, new Job{"b"}};
  std::for_each(jobs.begin(), jobs.end(), [keep](Job *j) {
    if (j != keep)
      delete j;
  });
  return keep->priority;
}


int deletedAndNulledThroughIterators() {
  std::vector<Job *> jobs{new Job{"a"}, new Job{"b"}};
  for (auto it = jobs.begin(); it != jobs.end(); ++it) {
    delete *it;
    *it = nullptr;
  }
  int alive = 0;
  for (Job *j : jobs)
    if (j)
      alive += j->priority;
  return alive;
}

int erasedWhileDeleting() {
  std::vector<Job *> jobs{new Job{"a"}, new Job{"b"}};
  for (auto it = jobs.begin(); it != jobs.end();) {
    delete *it;
    it = jobs.erase(it);
  }
  jobs.push_back(new Job{"c", 3});
  int p = jobs.front()->priority;
  delete jobs.front();
  return p;
}

int notifyOnlyUnderCondition(bool (*wanted)(const Observer *)) {
  std::vector<Observer *> listeners;
  Observer *logger = new Observer;
  Observer *meter = new Observer;
  listeners.push_back(logger);
  listeners.push_back(meter);
  delete logger;
  int total = 0;
  for (Observer *o : listeners)
    if (wanted(o))
      total += o->seen;
  delete meter;
  return total;
}

int notifyAfterRemoval() {
  std::vector<Observer *> listeners;
  Observer *logger = new Observer;
  Observer *meter = new Observer;
  listeners.push_back(logger);
  listeners.push_back(meter);
  delete logger;
  listeners.erase(listeners.begin());
  int total = 0;
  for (Observer *o : listeners)
    total += o->seen;
  delete meter;
  return total;
}

int clearedBeforeReuse() {
  std::vector<Job *> jobs{new Job{"a"}, new Job{"b"}};
  for (Job *j : jobs)
    delete j;
  jobs.clear();
  jobs.push_back(new Job{"c", 3});
  int p = jobs.front()->priority;
  delete jobs.front();
  return p;
}

int deletedUnderCondition(Job *keep) {
  std::vector<Job *> jobs{keep, new Job{"b"}};
  for (Job *j : jobs)
    if (j != keep)
      delete j;
  return keep->priority;
}

int deletedUntilBreak(Job *keep) {
  std::vector<Job *> jobs{new Job{"a"}, keep};
  for (Job *j : jobs) {
    if (j == keep)
      break;
    delete j;
  }
  return keep->priority;
}

int deletedAndNulled() {
  std::vector<Job *> jobs{new Job{"a"}, new Job{"b"}};
  for (Job *&j : jobs) {
    delete j;
    j = nullptr;
  }
  int alive = 0;
  for (Job *j : jobs)
    if (j)
      alive += j->priority;
  return alive;
}

void print(const Job *job);

int onlyRead() {
  Job *a = new Job{"a", 1};
  std::vector<Job *> jobs{a, new Job{"b"}};
  for (Job *j : jobs)
    print(j);
  int p = a->priority;
  for (Job *j : jobs)
    delete j;
  return p;
}

int contentsNotKnown(std::vector<Job *> &jobs, Job *mine) {
  for (Job *j : jobs)
    delete j;
  return mine->priority;
}
