package nl.burgernet.infrastructure.mail.reply;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.domain.model.reply.InboundMail;
import nl.burgernet.domain.model.reply.ReplyKind;

/**
 * Measures how many mails per second the parser classifies: the corpus repeated to 10,000 messages, parsed from
 * raw bytes as the intake would after reading them from IMAP. Run by hand (not a test; speed is never asserted):
 *
 * <pre>
 * ./mvnw -B -q -pl burgernet-ejb -am test-compile
 * ./mvnw -B -q -pl burgernet-ejb dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test-classpath.txt
 * java -cp burgernet-ejb/target/test-classes:burgernet-ejb/target/classes:$(cat burgernet-ejb/target/test-classpath.txt) \
 *     nl.burgernet.infrastructure.mail.reply.ReplyParseBenchmark [messages] [rounds]
 * </pre>
 */
public final class ReplyParseBenchmark {

    private ReplyParseBenchmark() {}

    public static void main(String[] args) {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<ReplyCorpus.Case> corpus = ReplyCorpus.cases();
        List<byte[]> mails = new ArrayList<>(messages);
        long bytes = 0;
        for (int i = 0; i < messages; i++) {
            byte[] mail = corpus.get(i % corpus.size()).message();
            mails.add(mail);
            bytes += mail.length;
        }
        // CPU time as well as wall time: on a shared machine the wall clock also counts other people's work.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        InboundMailParser parser = new InboundMailParser(ReplyParserSettings.defaults(ReplyCorpus.REPLY_DOMAIN));
        System.out.printf(
                "%d messages (%d corpus cases, %.1f MB), %d rounds, Java %s%n",
                messages, corpus.size(), bytes / 1e6, rounds, Runtime.version());
        for (int round = 1; round <= rounds; round++) {
            Map<ReplyKind, Integer> kinds = new EnumMap<>(ReplyKind.class);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (byte[] mail : mails) {
                InboundMail result = parser.classify(mail);
                kinds.merge(result.kind(), 1, Integer::sum);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(
                    "round %d: wall %.2f s = %.0f mails/s; CPU %.2f s = %.0f mails/s per core, %.0f µs/mail %s%n",
                    round,
                    seconds,
                    messages / seconds,
                    cpuSeconds,
                    messages / cpuSeconds,
                    cpuSeconds * 1e6 / messages,
                    kinds);
        }
    }
}
