# frozen_string_literal: true

module DiscourseMediation
  # One piece of evidence as a form sends it (`NewEvidence` in lib/types/):
  # a link, a quoted text or an upload by its id, and an optional note. The
  # texts are trimmed; only the field its kind uses is kept. Whose upload
  # it is and its size are the services' policies (Evidence::Policy).
  class EvidenceContract < Service::ContractBase
    include SentText

    ERRORS = "discourse_mediation.errors.evidence"

    # The most characters each text may have, once trimmed.
    TEXTS = {
      url: Rules::Case::Evidence::LINK_MAX_LENGTH,
      quote: Rules::Case::Evidence::QUOTE_MAX_LENGTH,
      note: Rules::Case::Evidence::NOTE_MAX_LENGTH,
    }.freeze

    # Untyped, so input in the wrong shape is refused, never cast.
    attribute :kind
    attribute :url
    attribute :quote
    attribute :upload_id
    attribute :note

    validate :plain_text
    validate :sound, if: -> { errors.empty? }

    # The message for a problem Rules::Case::Evidence names, with the
    # limit it is about.
    def self.reason(problem, scope: ERRORS)
      I18n.t("#{scope}.#{problem}", count: Rules::Case::Evidence.limit_of(problem))
    end

    def url
      trimmed(:url) if kind == "link"
    end

    def quote
      trimmed(:quote) if kind == "quote"
    end

    def note
      trimmed(:note)
    end

    # A number, as JSON sends it or as a form does ("12"); nil for anything else.
    def upload_id
      return nil if kind != "upload"
      id = super
      id = id.to_i if id.is_a?(String) && id.match?(/\A[1-9]\d{0,17}\z/)
      id if id.is_a?(Integer)
    end

    # The columns of the Evidence row it makes.
    def to_record
      { kind:, url:, quote:, upload_id:, note: }
    end

    # Every error, in words (`EvidenceContract.new(**piece).problems`).
    def problems
      valid? ? [] : errors.full_messages
    end

    private

    def trimmed(name)
      sent_text(name) { Rules::PlainText.trim_within(_1, TEXTS[name]) }
    end

    def plain_text
      return if plain_texts?([sent(:kind), *TEXTS.keys.map { sent(_1) }].compact)
      errors.add(:base, I18n.t("#{ERRORS}.not_text"))
    end

    def sound
      problem = Rules::Case::Evidence.problem(kind:, url:, quote:, upload_id:, note:)
      errors.add(:base, self.class.reason(problem)) if problem
    end
  end
end
