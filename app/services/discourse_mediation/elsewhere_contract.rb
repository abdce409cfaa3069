# frozen_string_literal: true

module DiscourseMediation
  # What a member's request and a mediator's case about conduct outside the
  # forum both name: the person concerned (by username), where and when it
  # happened, and the evidence (0 to 20 pieces, each an EvidenceContract).
  # The services add their own fields to it (`params(base_class: ...)`).
  class ElsewhereContract < Service::ContractBase
    include SentText

    ERRORS = "discourse_mediation.errors.elsewhere"

    # Untyped, so input in the wrong shape is refused, never cast.
    attribute :subject_username
    attribute :where
    attribute :happened_on
    attribute :evidence

    validate :plain_texts
    validate :names_someone, if: -> { errors.empty? }
    validate :place_and_day, if: -> { errors.empty? }
    validate :evidence_sound

    # Usernames are far shorter than this, whatever the site allows.
    USERNAME_MAX_LENGTH = 100

    def subject_username
      sent_text(:subject_username) do
        Rules::PlainText.trim_within(_1, USERNAME_MAX_LENGTH).delete_prefix("@")
      end
    end

    # On one line, whatever was pasted: it is the case's title.
    def where
      sent_text(:where) do
        Rules::PlainText.one_line(_1, Rules::Case::ConductPlace::WHERE_MAX_LENGTH)
      end
    end

    def conduct_on
      Rules::Case::ConductPlace.parse_date(happened_on)
    end

    # The pieces, in the order given. A form-encoded list arrives as a hash
    # keyed "0", "1", ...; JSON sends a list. Nil when it is neither.
    def pieces
      @pieces ||= sent_pieces&.map { EvidenceContract.new(**_1.to_h.symbolize_keys) }
    end

    # The columns of each piece's Evidence row.
    def evidence_records
      pieces.map(&:to_record)
    end

    def upload_ids
      pieces.filter_map(&:upload_id)
    end

    private

    # The texts sent that must be strings without control characters; the
    # services add theirs (`super + %i[message]`).
    def text_fields
      %i[subject_username where]
    end

    def plain_texts
      return if plain_texts?(text_fields.filter_map { sent(_1) })
      errors.add(:base, I18n.t("#{ERRORS}.not_text"))
    end

    # The pieces as sent, or nil when they are not a list of pieces.
    def sent_pieces
      list = evidence.nil? ? [] : evidence
      list = list.sort_by { |key, _| key.to_s.to_i }.map(&:last) if indexed_hash?(list)
      list if list.is_a?(Array) && list.all?(Hash)
    end

    def indexed_hash?(list)
      list.is_a?(Hash) && list.keys.all? { _1.to_s.match?(/\A\d+\z/) }
    end

    def names_someone
      return if !subject_username.empty?
      errors.add(:base, I18n.t("#{ERRORS}.person_missing"))
    end

    def place_and_day
      problem =
        Rules::Case::ConductPlace.place_problem(
          where:,
          happened_on: conduct_on,
          today: Time.zone.now.utc.to_date,
        )
      errors.add(:base, EvidenceContract.reason(problem, scope: ERRORS)) if problem
    end

    def evidence_sound
      rules = Rules::Case::Evidence
      # Counted before any piece is read: more than a case holds is refused whole.
      if sent_pieces.nil?
        errors.add(:base, I18n.t("#{EvidenceContract::ERRORS}.not_a_list"))
      elsif !rules.room_for?(0, sent_pieces.size)
        errors.add(:base, EvidenceContract.reason(:too_many))
      else
        pieces
          .each
          .with_index(1) do |piece, number|
            piece.problems.each do |problem|
              errors.add(:base, I18n.t("#{EvidenceContract::ERRORS}.numbered", number:, problem:))
            end
          end
      end
    end
  end
end
