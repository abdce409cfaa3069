# frozen_string_literal: true

# The attackers of spec/pg/ballot_secrecy_pg.rb: people who read PostgreSQL,
# each in their own way, and try to say how each voter voted. They know the
# plugin's schema, the ballot's options and, after the close, its public
# counts; they do not hold the server's secret unless told so.
#
# Every attacker turns what it saw into "events": in the order the database
# recorded them, which voters were newly marked as voted and which paper rows
# newly appeared. One voter and one paper in an event are linked. A linked
# paper whose contents say the choice (a plain column, or one the attacker can
# decrypt) reveals it; papers that say nothing are matched to the counts by
# their length, which catches a cipher that leaks the choice through size.
# Whatever is left is a guess in proportion to the counts. The score is the
# number of voters the attacker can expect to get right; with nothing learnt
# that is exactly blind chance, sum of count^2 / voters.
module BallotAdversary
  Event = Struct.new(:voters, :rows, keyword_init: true)

  PAPERS = "discourse_mediation_ballot_papers"
  ROLL = "discourse_mediation_ballot_voters"
  SEALS = "discourse_mediation_ballot_seals"
  BALLOT_TABLES = [
    PAPERS,
    ROLL,
    SEALS,
    "discourse_mediation_ballots",
    "discourse_mediation_ballot_receipts",
  ].freeze

  module_function

  def connection
    ActiveRecord::Base.connection
  end

  def chance(truth)
    truth.values.tally.values.sum { _1**2 }.to_f / truth.size
  end

  # What an attacker can expect to link, given its events and a way to read
  # a paper row's choice (nil when the row does not say).
  def score(events, truth, reveal)
    links = link(events)
    remaining = truth.values.tally
    expected = 0.0
    unknown = {}
    links.each do |voter, row|
      choice = reveal.call(row)
      if choice && remaining[choice].to_i.positive?
        remaining[choice] -= 1
        expected += 1 if truth[voter] == choice
      else
        unknown[voter] = row
      end
    end
    others = truth.keys - links.keys
    expected + by_size(unknown, others, remaining, truth)
  end

  # Pairs each voter with the paper that appeared in the same event.
  def link(events)
    seen_voters = Set.new
    seen_rows = Hash.new(0)
    events.each_with_object({}) do |event, links|
      voters = event.voters.uniq.reject { seen_voters.include?(_1) }
      # A paper already seen (written again by a later transaction) is not new.
      unseen = seen_rows.dup
      rows = event.rows.reject { |row| unseen[row].positive? && (unseen[row] -= 1) }
      seen_voters.merge(voters)
      event.rows.tally.each { |row, count| seen_rows[row] = [seen_rows[row], count].max }
      links[voters.first] = rows.first if voters.size == 1 && rows.size == 1
    end
  end

  # Unrevealed papers, shortest first, against the remaining choices, shortest
  # key first; papers of one length share the choices that fall on them.
  # Voters without a paper share whatever is left.
  def by_size(unknown, others, remaining, truth)
    pool = remaining.flat_map { |choice, count| [choice] * count }.sort_by { [_1.bytesize, _1] }
    return pooled(unknown.keys + others, pool, truth) if others.any? || unknown.size != pool.size

    expected = 0.0
    offset = 0
    unknown
      .group_by { |_, row| row.map { _1.to_s.bytesize } }
      .sort_by(&:first)
      .each do |_, members|
        share = pool[offset, members.size]
        offset += members.size
        expected += pooled(members.map(&:first), share, truth)
      end
    expected
  end

  def pooled(voters, choices, truth)
    return 0.0 if voters.empty? || choices.empty?
    tally = choices.tally
    voters.sum { tally[truth[_1]].to_i.to_f / choices.size }
  end

  # Reads a paper whose choice stands in it as it is (a plain column).
  def plain_reader(ballot)
    choices = ballot.options + [DiscourseMediation::Rules::Ballot::Tally::ABSTAIN]
    ->(row) { row.find { choices.include?(_1) } }
  end

  # A row's values that could say something: every non-null value but the
  # ballot id.
  def row_values(row)
    row.except("ballot_id").values.compact.map(&:to_s)
  end

  # ---- The reader who looks after every vote (SQL, Data Explorer) ----

  def live_state(ballot)
    voted =
      connection.select_values(
        "SELECT user_id FROM #{ROLL} WHERE ballot_id = #{ballot.id} AND voted",
      )
    rows =
      connection
        .select_all("SELECT * FROM #{PAPERS} WHERE ballot_id = #{ballot.id}")
        .map { row_values(_1) }
    { voted:, rows: }
  end

  # The difference between two readings is one event.
  def live_event(before, after)
    rows = after[:rows].dup
    before[:rows].each { |row| (index = rows.index(row)) && rows.delete_at(index) }
    Event.new(voters: after[:voted] - before[:voted], rows:)
  end

  # ---- pageinspect: every row version in the tables' pages, dead or alive ----

  def enable_pageinspect!
    connection.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
  end

  # Every tuple of a table's heap, with the transaction that wrote it and its
  # columns decoded by type.
  def heap_tuples(table)
    attributes =
      connection.select_rows(
        "SELECT attname, attlen, atttypid::regtype::text FROM pg_attribute WHERE attrelid = '#{table}'::regclass AND attnum > 0 ORDER BY attnum",
      )
    blocks(table).flat_map do |block|
      connection
        .select_rows(
          "SELECT t_xmin::text, t_attrs FROM heap_page_item_attrs(get_raw_page('#{table}', #{block}), '#{table}'::regclass) WHERE t_attrs IS NOT NULL",
        )
        .map do |xmin, attrs|
          values = PG::TextDecoder::Array.new.decode(attrs)
          row =
            attributes.each_with_index.to_h do |(name, length, type), i|
              [name, decode(values[i], length.to_i, type)]
            end
          { xmin: xmin.to_i, row: }
        end
    end
  end

  # Every entry of every index on a table, with the row version it points to.
  def index_entries(table)
    connection
      .select_values(
        "SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = '#{table}'::regclass",
      )
      .flat_map do |index|
        (1...blocks(index).size).flat_map do |block|
          connection.select_rows("SELECT ctid::text, data FROM bt_page_items('#{index}', #{block})")
        end
      end
  end

  def blocks(relation)
    (0...(connection.select_value("SELECT pg_relation_size('#{relation}')").to_i / 8192)).to_a
  end

  def raw_pages(table)
    blocks(table).map do |block|
      PG::Connection.unescape_bytea(
        connection.select_value("SELECT get_raw_page('#{table}', #{block})"),
      )
    end
  end

  # One attribute's bytes as pageinspect gives them ("\\x..." text).
  def decode(hex, length, type)
    return nil if hex.nil?
    bytes = [hex.delete_prefix("\\x")].pack("H*")
    case length
    when 4
      bytes.unpack1("l<")
    when 1
      type == "boolean" ? bytes.getbyte(0) == 1 : bytes.getbyte(0)
    when -1
      varlena(bytes)
    else
      bytes
    end
  end

  # A plain (not compressed, not TOASTed) varlena: a 1-byte header for short
  # values, else 4 bytes, each holding the length with the header.
  def varlena(bytes)
    first = bytes.getbyte(0)
    if first & 0x01 == 1
      bytes.byteslice(1, (first >> 1) - 1)
    else
      bytes.byteslice(4, (bytes.unpack1("L<") >> 2) - 4)
    end.force_encoding(Encoding::UTF_8)
  end

  # Events from row versions: grouped by the transaction that wrote them, in
  # the order of those transactions.
  def page_events(ballot)
    roll = heap_tuples(ROLL).select { _1[:row]["ballot_id"] == ballot.id }
    papers = heap_tuples(PAPERS).select { _1[:row]["ballot_id"] == ballot.id }
    (roll + papers)
      .map { _1[:xmin] }
      .uniq
      .sort
      .map do |xmin|
        Event.new(
          voters:
            roll.select { _1[:xmin] == xmin && _1[:row]["voted"] }.map { _1[:row]["user_id"] },
          rows: papers.select { _1[:xmin] == xmin }.map { row_values(_1[:row]) },
        )
      end
  end

  # ---- The statement log (log_statement = 'mod') ----

  LOG_PREFIX = "%m [%p] %v "
  ENTRY = /\A\d{4}-\d\d-\d\d [\d:.]+ \w+ \[(\d+)\] (\S+) (\w+):  (.*)\z/m

  def log_statements!(on)
    if on
      connection.execute("ALTER SYSTEM SET log_statement = 'mod'")
      connection.execute("ALTER SYSTEM SET log_line_prefix = '#{LOG_PREFIX}'")
    else
      connection.execute("ALTER SYSTEM RESET log_statement")
      connection.execute("ALTER SYSTEM RESET log_line_prefix")
    end
    connection.execute("SELECT pg_reload_conf()")
    # Every session reads the new settings before its next statement; wait
    # until this one has.
    50.times do
      break if (connection.select_value("SHOW log_statement") == "mod") == on
      sleep 0.02
    end
  end

  # The log's entries written since `offset`, as [pid, vxid, level, text].
  def log_entries(offset)
    text =
      File.binread(POSTGRES.log_file).byteslice(offset..).to_s.force_encoding(Encoding::UTF_8).scrub
    text.split(/\n(?=\d{4}-\d\d-\d\d )/).filter_map { ENTRY.match(_1)&.captures }
  end

  def log_events(offset, ballot)
    statements = []
    log_entries(offset).each do |pid, vxid, level, text|
      if level == "DETAIL" && text.start_with?("parameters:") && statements.last
        statements.last[:params] = text
          .scan(/\$(\d+) = (?:'((?:[^']|'')*)'|NULL)/)
          .to_h { |n, v| [n.to_i, v&.gsub("''", "'")] }
      elsif level == "LOG" && (sql = text[/\A(?:statement|execute [^:]+): (.*)\z/m, 1])
        statements << { transaction: "#{pid}/#{vxid}", sql:, params: {} }
      end
    end
    statements
      .group_by { _1[:transaction] }
      .values
      .map do |transaction|
        Event.new(
          voters: transaction.flat_map { logged_voters(_1, ballot) },
          rows: transaction.flat_map { logged_papers(_1) },
        )
      end
  end

  def logged_voters(statement, ballot)
    sql = statement[:sql]
    return [] if !sql.match?(/\AUPDATE "?#{ROLL}"?/o)
    return [] if !sql.include?(ballot.id.to_s) && statement[:params].values.none?(ballot.id.to_s)
    literal = sql[/"?user_id"?\s*(?:=|IS NOT DISTINCT FROM)\s*(\d+)/, 1]
    bound = sql[/"?user_id"?\s*=\s*\$(\d+)/, 1]
    id = literal || (bound && statement[:params][bound.to_i])
    id ? [id.to_i] : []
  end

  def logged_papers(statement)
    sql = statement[:sql]
    return [] if !sql.match?(/\AINSERT INTO "?#{PAPERS}"?/o)
    values = sql[/VALUES\s*(.*)\z/m, 1].to_s
    values
      .split(/\)\s*,\s*\(/)
      .map do |tuple|
        tuple
          .scan(/'((?:[^']|'')*)'|\$(\d+)/)
          .filter_map do |literal, placeholder|
            placeholder ? statement[:params][placeholder.to_i] : literal.gsub("''", "'")
          end
      end
  end

  # ---- The one who also holds the server's secret ----

  SEALED = %r{[A-Za-z0-9+/]{200,}={0,2}--[A-Za-z0-9+/]+={0,2}--[A-Za-z0-9+/]+={0,2}}
  SALT = /\b[0-9a-f]{64}\b/

  # Opens a paper with any seal value the attacker has found for the ballot.
  def opener(ballot, salts)
    lambda do |row|
      row.each do |value|
        salts.each do |salt|
          paper = DiscourseMediation::BallotSeal.new(ballot_id: ballot.id, salt:).open(value)
          return paper[:choice]
        rescue DiscourseMediation::BallotSeal::Unreadable, ArgumentError
          next
        end
      end
      nil
    end
  end

  # Every seal value and sealed paper left anywhere in the ballot tables'
  # pages, including their free space.
  def leftovers
    pages = BALLOT_TABLES.flat_map { raw_pages(_1) }.map { _1.force_encoding(Encoding::BINARY) }
    text = pages.join("\n").scrub("?")
    { salts: text.scan(SALT).uniq, sealed: text.scan(SEALED).uniq }
  end
end
