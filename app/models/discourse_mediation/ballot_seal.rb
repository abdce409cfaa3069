# frozen_string_literal: true

module DiscourseMediation
  # The random value one ballot's papers are sealed with while it is open.
  # The key is derived from it and from Discourse's secret key base, which is
  # not in PostgreSQL (GlobalSetting.safe_secret_key_base: the environment or
  # discourse.conf, else Redis). So a reader of the database sees papers it
  # cannot open. At the close the papers are opened once, counted and deleted
  # with this row; from then on nobody can open a copy of them, secret or not.
  class BallotSeal < ActiveRecord::Base
    self.table_name = "discourse_mediation_ballot_seals"
    self.primary_key = :ballot_id

    # The secret key base changed while the ballot was open (regenerated in
    # Redis, say): its papers cannot be read, and the ballot must not close
    # on a partial count.
    class Unreadable < StandardError
    end

    # Choice key (50 bytes at most, LadderStep's format), receipt digest
    # (64) and reason (500 characters, 2,000 bytes at most), with their
    # lengths: every paper is padded to this, so none is longer than another.
    PAPER_BYTES = 2_176
    LENGTHS = "n3"

    # MessageEncryptor serializes with Marshal unless told otherwise; papers
    # are bytes already.
    module AsIs
      def self.dump(value)
        value
      end

      def self.load(value)
        value
      end
    end

    belongs_to :ballot, inverse_of: :seal

    def self.for(ballot)
      find_by(ballot_id: ballot.id) || create!(ballot_id: ballot.id, salt: SecureRandom.hex(32))
    end

    def seal(choice:, receipt_digest:, reason: nil)
      encryptor.encrypt_and_sign(pad(choice.to_s, receipt_digest.to_s, reason.to_s), purpose:)
    end

    # { choice:, receipt_digest:, reason: } of a sealed paper.
    # Moved from another ballot, it fails its purpose (nil); under another key
    # or with altered bytes, its authentication (InvalidMessage).
    def open(sealed)
      bytes =
        begin
          encryptor.decrypt_and_verify(sealed, purpose:)
        rescue ActiveSupport::MessageEncryptor::InvalidMessage
          nil
        end
      if bytes.nil?
        raise Unreadable,
              "a paper of ballot #{ballot_id} cannot be opened with this site's secret key base"
      end
      unpad(bytes)
    end

    private

    def purpose
      "discourse-mediation ballot #{ballot_id}"
    end

    def encryptor
      @encryptor ||=
        begin
          key =
            ActiveSupport::KeyGenerator.new(
              GlobalSetting.safe_secret_key_base,
              hash_digest_class: OpenSSL::Digest::SHA256,
            ).generate_key("discourse-mediation ballot papers #{salt}", 32)
          ActiveSupport::MessageEncryptor.new(key, cipher: "aes-256-gcm", serializer: AsIs)
        end
    end

    def pad(*fields)
      fields = fields.map { _1.dup.force_encoding(Encoding::BINARY) }
      bytes = fields.map(&:bytesize).pack(LENGTHS) + fields.join
      if bytes.bytesize > PAPER_BYTES
        raise ArgumentError, "a paper holds #{PAPER_BYTES} bytes at most"
      end
      bytes + ("\0" * (PAPER_BYTES - bytes.bytesize))
    end

    def unpad(bytes)
      lengths = bytes.unpack(LENGTHS)
      offset = 2 * lengths.size
      choice, receipt_digest, reason =
        lengths.map do |length|
          field = bytes.byteslice(offset, length).force_encoding(Encoding::UTF_8)
          offset += length
          field
        end
      { choice:, receipt_digest:, reason: reason.presence }
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_ballot_seals
#
#  ballot_id  :integer          not null, primary key
#  salt       :string           not null
#  created_at :datetime         not null
#
