# frozen_string_literal: true

require "securerandom"
require "digest"

module DiscourseMediation
  module Rules
    module Ballot
      # The code a voter receives once, to check later that their ballot was
      # counted. Only its digest is stored, next to the ballot and nothing else:
      # the code proves "counted", never what was chosen.
      module Receipt
        ALPHABET = %w[A B C D E F G H J K L M N P Q R S T U V W X Y Z 2 3 4 5 6 7 8 9].freeze
        GROUPS = 4
        GROUP_LENGTH = 4

        module_function

        # Eighty random bits, in an alphabet without 0/O or 1/I: "K7QP-3XMA-…".
        def generate
          Array
            .new(GROUPS) do
              Array.new(GROUP_LENGTH) { ALPHABET[SecureRandom.random_number(ALPHABET.size)] }.join
            end
            .join("-")
        end

        # Typing it back with lower case, spaces or without dashes still matches.
        def normalize(code)
          code.to_s.upcase.gsub(/[^A-Z0-9]/, "")
        end

        def digest(code)
          Digest::SHA256.hexdigest(normalize(code))
        end
      end
    end
  end
end
