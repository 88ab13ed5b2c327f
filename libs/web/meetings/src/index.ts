// Meeting pages: each part of the meetings screens exports its pages here.
export {};
