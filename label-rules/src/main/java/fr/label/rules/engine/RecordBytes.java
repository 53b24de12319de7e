package fr.label.rules.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One outcome's record in memory, written and read by one thread. {@link java.io.DataOutputStream}
 * over a {@link java.io.ByteArrayOutputStream} (and its input twins) takes a lock for every byte of
 * every number: a national edition's candidates hold millions of numbers, and those locks were most
 * of the time spent writing and reading the records back. Same bytes, the {@link DataOutput}
 * format (big-endian), no lock.
 */
final class RecordBytes {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    private RecordBytes() {
    }

    /** A growing byte array written as a {@link DataOutput}. */
    static final class Output implements DataOutput {
        private byte[] bytes;
        private int size;

        Output(int capacity) {
            bytes = new byte[capacity];
        }

        /** A copy of the bytes written so far. */
        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b) {
            write(b, 0, b.length);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        @Override
        public void writeBoolean(boolean v) {
            write(v ? 1 : 0);
        }

        @Override
        public void writeByte(int v) {
            write(v);
        }

        @Override
        public void writeShort(int v) {
            room(2);
            SHORT.set(bytes, size, (short) v);
            size += 2;
        }

        @Override
        public void writeChar(int v) {
            writeShort(v);
        }

        @Override
        public void writeInt(int v) {
            room(4);
            INT.set(bytes, size, v);
            size += 4;
        }

        @Override
        public void writeLong(long v) {
            room(8);
            LONG.set(bytes, size, v);
            size += 8;
        }

        @Override
        public void writeFloat(float v) {
            writeInt(Float.floatToIntBits(v));
        }

        @Override
        public void writeDouble(double v) {
            writeLong(Double.doubleToLongBits(v));
        }

        @Override
        public void writeBytes(String s) {
            for (int i = 0; i < s.length(); i++) {
                write(s.charAt(i));
            }
        }

        @Override
        public void writeChars(String s) {
            for (int i = 0; i < s.length(); i++) {
                writeChar(s.charAt(i));
            }
        }

        @Override
        public void writeUTF(String s) {
            // The codec writes its texts as a length and UTF-8 bytes; DataOutput's modified UTF-8 is not used.
            throw new UnsupportedOperationException("writeUTF");
        }
    }

    /** A byte array read as a {@link DataInput}. */
    static final class Input implements DataInput {
        private final byte[] bytes;
        private int position;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        private int take(int count) throws EOFException {
            if (count > bytes.length - position) {
                throw new EOFException("the record ends " + (count - (bytes.length - position)) + " byte(s) early");
            }
            int at = position;
            position += count;
            return at;
        }

        @Override
        public void readFully(byte[] b) throws IOException {
            readFully(b, 0, b.length);
        }

        @Override
        public void readFully(byte[] b, int off, int len) throws IOException {
            System.arraycopy(bytes, take(len), b, off, len);
        }

        /** The next {@code length} bytes as UTF-8, without copying them first. */
        String utf8(int length) throws IOException {
            return new String(bytes, take(length), length, StandardCharsets.UTF_8);
        }

        @Override
        public int skipBytes(int n) {
            int skipped = Math.max(0, Math.min(n, bytes.length - position));
            position += skipped;
            return skipped;
        }

        @Override
        public boolean readBoolean() throws IOException {
            return bytes[take(1)] != 0;
        }

        @Override
        public byte readByte() throws IOException {
            return bytes[take(1)];
        }

        @Override
        public int readUnsignedByte() throws IOException {
            return bytes[take(1)] & 0xFF;
        }

        @Override
        public short readShort() throws IOException {
            return (short) SHORT.get(bytes, take(2));
        }

        @Override
        public int readUnsignedShort() throws IOException {
            return readShort() & 0xFFFF;
        }

        @Override
        public char readChar() throws IOException {
            return (char) readShort();
        }

        @Override
        public int readInt() throws IOException {
            return (int) INT.get(bytes, take(4));
        }

        @Override
        public long readLong() throws IOException {
            return (long) LONG.get(bytes, take(8));
        }

        @Override
        public float readFloat() throws IOException {
            return Float.intBitsToFloat(readInt());
        }

        @Override
        public double readDouble() throws IOException {
            return Double.longBitsToDouble(readLong());
        }

        @Override
        public String readLine() {
            throw new UnsupportedOperationException("readLine");
        }

        @Override
        public String readUTF() {
            throw new UnsupportedOperationException("readUTF");
        }
    }
}
