# frozen_string_literal: true

module DiscourseMediation
  # An item of the published list of actionable behaviours. The row holds the
  # current text; every version, the first included, is kept in the history.
  class Behaviour < ActiveRecord::Base
    self.table_name = "discourse_mediation_behaviours"

    TITLE_MAX_LENGTH = 120
    KEY_FORMAT = /\A[a-z0-9][a-z0-9-]{0,49}\z/
    # Words the admin routes use after /admin/published-list/.
    RESERVED_KEYS = %w[order].freeze

    # A key is a word: one that reads as a number ("12", "0x1f") would become
    # a number on its way through Discourse's list parameters.
    def self.usable_key?(key)
      key.match?(KEY_FORMAT) && Integer(key, exception: false).nil? && RESERVED_KEYS.exclude?(key)
    end
    DESCRIPTION_MAX_LENGTH = 2000

    has_many :versions,
             -> { order(:version) },
             class_name: "DiscourseMediation::BehaviourVersion",
             inverse_of: :behaviour

    validates :key, format: { with: KEY_FORMAT }, uniqueness: true
    validates :title, presence: true, length: { maximum: TITLE_MAX_LENGTH }
    validates :description, presence: true, length: { maximum: DESCRIPTION_MAX_LENGTH }

    scope :current, -> { where(retired_at: nil).order(:position, :id) }

    def self.published_keys
      current.pluck(:key)
    end

    def retired?
      retired_at.present?
    end

    # Writes the text as a new version, leaving earlier versions as they were.
    def revise!(title:, description:, by:)
      return self if title == self.title && description == self.description
      transaction do
        update!(title:, description:, version: version + 1)
        record_version!(by:)
      end
      self
    end

    def record_version!(by:)
      versions.create!(version:, title:, description:, created_by_id: by&.id)
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_behaviours
#
#  id          :bigint           not null, primary key
#  key         :string           not null
#  position    :integer          default(0), not null
#  version     :integer          default(1), not null
#  title       :string           not null
#  description :text             not null
#  retired_at  :datetime
#  created_at  :datetime         not null
#  updated_at  :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_behaviours_on_key  (key) UNIQUE
#
