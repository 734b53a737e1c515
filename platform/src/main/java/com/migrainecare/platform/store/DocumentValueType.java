package com.migrainecare.platform.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded store's collections: a document is stored as BSON, the format it arrived in,
 * behind a tag of its own. H2 stores an object it has no type for by Java serialization, and rewrites (and on a
 * cache miss reads) every document of a page whole: serializing documents was most of what the store's commits
 * cost, and deserializing them most of its reads (BENCHMARKS.md). Values stored before, Java-serialized, are read
 * as before; so is anything the BSON encoder cannot carry, which is stored the old way.
 */
final class DocumentValueType extends ObjectDataType {

    /** A tag {@link ObjectDataType} does not use (its own end at 119): a document's BSON follows. */
    static final byte BSON_DOCUMENT = 126;

    /** What a document takes, as the average of those written; H2 splits pages by it. */
    private volatile int averageSize = 512;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof Document document) {
            byte[] bson = encode(document);
            if (bson != null) {
                averageSize = (averageSize * 15 + bson.length) / 16;
                buff.put(BSON_DOCUMENT).putVarInt(bson.length).put(bson);
                return;
            }
        }
        super.write(buff, obj);
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != BSON_DOCUMENT) {
            return super.read(buff);
        }
        buff.get();
        byte[] bson = new byte[DataUtils.readVarInt(buff)];
        buff.get(bson);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int getMemory(Object obj) {
        return obj instanceof Document ? averageSize : super.getMemory(obj);
    }

    /** The document's BSON, or null when it holds a value BSON cannot carry. */
    static byte[] encode(Document document) {
        ByteBuf out = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, out);
            byte[] bson = new byte[out.readableBytes()];
            out.readBytes(bson);
            return bson;
        } catch (RuntimeException unencodable) {
            return null;
        } finally {
            out.release();
        }
    }
}
