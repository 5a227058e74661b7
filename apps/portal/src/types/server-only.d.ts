// Next resolves "server-only" itself (importing it from client code fails the build); no runtime package needed.
declare module "server-only";
